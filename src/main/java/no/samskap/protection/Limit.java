package no.samskap.protection;

import java.time.Duration;

/**
 * The actions a rate limit guards, each with its built-in allowance (overridable in
 * {@code samskap.protection.limits}). Writes are counted per account, anonymous entry points per
 * client address (an IPv6 client by its /64).
 */
public enum Limit {
    REGISTRATION(10, Duration.ofHours(1)),
    FAILED_LOGIN_ADDRESS(50, Duration.ofMinutes(15)),
    // Generous: a school class joins a workshop from one address.
    WORKSHOP_JOIN(200, Duration.ofMinutes(10)),
    WRONG_JOIN_CODE(20, Duration.ofMinutes(15)),
    PROPOSAL(30, Duration.ofHours(1)),
    COMMENT(20, Duration.ofMinutes(10)),
    VOTE(120, Duration.ofMinutes(10)),
    REPORT(20, Duration.ofHours(1)),
    FOLLOW(60, Duration.ofMinutes(10)),
    IDEA_PIN(60, Duration.ofMinutes(10)),
    SCENARIO_SAVE(20, Duration.ofHours(1)),
    // Submitting or changing one's ballot in a participatory budget.
    BALLOT(30, Duration.ofMinutes(10)),
    // Changing an unconfirmed basket: each change is shared with the person's other tabs.
    BASKET(300, Duration.ofMinutes(10)),
    PASSWORD_CHANGE(10, Duration.ofHours(1)),
    // Mail to confirm an address, per account: each one lands in someone's inbox.
    VERIFICATION_MAIL(5, Duration.ofHours(1)),
    // Password reset requests per client address, and reset mails per account, so nobody can
    // fill another person's inbox.
    PASSWORD_RESET_ADDRESS(10, Duration.ofHours(1)),
    PASSWORD_RESET_MAIL(3, Duration.ofHours(1)),
    // "Download my data" reads every table about the person.
    DATA_EXPORT(10, Duration.ofHours(1));

    private final Rate defaultRate;

    Limit(int capacity, Duration period) {
        this.defaultRate = new Rate(capacity, period);
    }

    public Rate defaultRate() {
        return defaultRate;
    }

    /** At most {@code capacity} actions per {@code period}, refilled gradually. */
    public record Rate(int capacity, Duration period) {
        public Rate {
            if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate needs a capacity of at least 1 and a positive period");
            }
        }
    }
}

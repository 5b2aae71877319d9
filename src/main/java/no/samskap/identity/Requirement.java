package no.samskap.identity;

/**
 * What an action asks of the person doing it, from least to most: an account, a confirmed mail
 * address, or ID-porten at level "substantial" or "high". A higher level satisfies a lower one (a
 * person signed in with MinID needs no confirmed address to do what an address allows).
 */
public enum Requirement {
    ACCOUNT,
    VERIFIED_EMAIL,
    SUBSTANTIAL,
    HIGH;

    public boolean isMetBy(Requirement level) {
        return level.compareTo(this) >= 0;
    }

    /** Whether getting it means signing in through ID-porten (rather than confirming an address). */
    public boolean needsIdPorten() {
        return this == SUBSTANTIAL || this == HIGH;
    }

    /** The level a sign-in's assurance gives, before any mail address is counted. */
    static Requirement of(Assurance assurance) {
        return switch (assurance) {
            case HIGH -> HIGH;
            case SUBSTANTIAL -> SUBSTANTIAL;
            case PASSWORD -> ACCOUNT;
        };
    }
}

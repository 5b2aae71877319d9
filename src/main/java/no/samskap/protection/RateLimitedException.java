package no.samskap.protection;

import java.time.Duration;
import no.samskap.shared.UserFacingException;

/** A refusal because a rate limit was reached; says how long to wait, and nothing the user typed is lost. */
public class RateLimitedException extends UserFacingException {

    private final transient Limit limit;
    private final transient Duration retryAfter;

    public RateLimitedException(Limit limit, Duration retryAfter) {
        super("error.rate-limited", Math.max(1, (retryAfter.toMillis() + 999) / 1000));
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Limit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

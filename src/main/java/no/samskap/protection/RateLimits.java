package no.samskap.protection;

import java.time.Duration;
import java.util.Optional;

/**
 * Cluster-wide rate limits: every node draws from the same allowance for a subject (an account id
 * or a client address key), so a flood spread over nodes behind a load balancer counts once.
 */
public interface RateLimits {

    /** Takes one from the subject's allowance for {@code limit}, or refuses with how long to wait. */
    void consume(Limit limit, String subject) throws RateLimitedException;

    /** Whether the subject could act now, without taking anything: empty if so, else how long to wait. */
    Optional<Duration> waitFor(Limit limit, String subject);
}

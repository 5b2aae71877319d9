package no.samskap.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code samskap.identity.*}).
 *
 * @param minPasswordLength shortest password accepted at registration
 * @param freeFailedLogins failed logins for a username before each further attempt must wait
 * @param firstLoginDelay the first wait; it doubles with every further failure
 * @param maxLoginDelay the longest wait for a username from the address that keeps failing
 * @param maxAccountLoginDelay the longest wait for a username from any other address, kept short so
 *                             nobody can lock an official out by failing on purpose
 * @param failedLoginMemory how long after the last failure a username's failures are forgotten
 * @param maxSessionAge a session is closed this long after sign-in, however active
 */
@ConfigurationProperties("samskap.identity")
public record IdentitySettings(
        @DefaultValue("10") int minPasswordLength,
        @DefaultValue("3") int freeFailedLogins,
        @DefaultValue("1s") Duration firstLoginDelay,
        @DefaultValue("15m") Duration maxLoginDelay,
        @DefaultValue("30s") Duration maxAccountLoginDelay,
        @DefaultValue("1h") Duration failedLoginMemory,
        @DefaultValue("12h") Duration maxSessionAge) {}

package no.samskap.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code samskap.identity.*}).
 *
 * @param minPasswordLength shortest password accepted at registration
 * @param maxFailedLogins failed logins for one username or address before it is throttled
 * @param lockout how long a throttled username or address must wait
 * @param maxRegistrationsPerHour registrations one address may make per hour
 */
@ConfigurationProperties("samskap.identity")
public record IdentitySettings(
        @DefaultValue("10") int minPasswordLength,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("10") int maxRegistrationsPerHour) {}

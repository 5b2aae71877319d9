package no.samskap.workshops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Workshop settings ({@code samskap.workshops.*}).
 *
 * @param roundCheck how often every node looks for voting rounds whose time is up
 * @param maxWrongCodes wrong join codes one address may try within {@code wrongCodeWindow}
 * @param wrongCodeWindow how long wrong codes are remembered (from the last one)
 * @param maxIdeasEach ideas one participant may place in one workshop
 */
@ConfigurationProperties("samskap.workshops")
public record WorkshopSettings(
        @DefaultValue("1s") Duration roundCheck,
        @DefaultValue("20") int maxWrongCodes,
        @DefaultValue("15m") Duration wrongCodeWindow,
        @DefaultValue("30") int maxIdeasEach) {}

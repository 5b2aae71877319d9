package no.samskap.workshops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Workshop settings ({@code samskap.workshops.*}).
 *
 * @param roundCheck how often every node looks for voting rounds whose time is up
 * @param maxIdeasEach ideas one participant may place in one workshop
 */
@ConfigurationProperties("samskap.workshops")
public record WorkshopSettings(
        @DefaultValue("1s") Duration roundCheck,
        @DefaultValue("30") int maxIdeasEach) {}

package no.samskap.workshops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Workshop settings ({@code samskap.workshops.*}).
 *
 * @param roundCheck how often every node looks for voting rounds whose time is up
 * @param maxIdeasEach ideas one participant may place in one workshop
 * @param maxParticipants people (guests and accounts) one workshop takes; more are told it is full
 */
@ConfigurationProperties("samskap.workshops")
public record WorkshopSettings(
        @DefaultValue("1s") Duration roundCheck,
        @DefaultValue("30") int maxIdeasEach,
        @DefaultValue("200") int maxParticipants) {}

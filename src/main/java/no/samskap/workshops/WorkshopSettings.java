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
 * @param guestDataRetention how long after a workshop ends its guests' names are kept (their ideas stay, unnamed)
 * @param guestDataCheck how often every node looks for guests' names whose time is up
 */
@ConfigurationProperties("samskap.workshops")
public record WorkshopSettings(
        @DefaultValue("1s") Duration roundCheck,
        @DefaultValue("30") int maxIdeasEach,
        @DefaultValue("200") int maxParticipants,
        @DefaultValue("30d") Duration guestDataRetention,
        @DefaultValue("1h") Duration guestDataCheck) {}

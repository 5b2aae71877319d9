package no.samskap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retrying after-commit listeners ({@code samskap.events.*}).
 *
 * @param retryInterval how often this node looks for listeners that failed or never finished
 * @param retryAfter how old an unfinished publication must be before it is tried again, so one
 *     that is still running elsewhere is left alone
 */
@ConfigurationProperties("samskap.events")
record EventSettings(
        @DefaultValue("1m") Duration retryInterval,
        @DefaultValue("2m") Duration retryAfter) {}

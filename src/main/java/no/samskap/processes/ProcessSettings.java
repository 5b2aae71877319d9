package no.samskap.processes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Process settings ({@code samskap.processes.*}).
 *
 * @param maxPhases the most phases one process may have
 * @param mapProposals the most proposals a process page puts on its map (the newest)
 * @param maxSummaryCharacters the longest "what we heard" summary of a phase
 * @param maxDescriptionCharacters the longest description of a process
 */
@ConfigurationProperties("samskap.processes")
public record ProcessSettings(
        @DefaultValue("12") int maxPhases,
        @DefaultValue("500") int mapProposals,
        @DefaultValue("10000") int maxSummaryCharacters,
        @DefaultValue("5000") int maxDescriptionCharacters) {}

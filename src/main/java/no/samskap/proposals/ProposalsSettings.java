package no.samskap.proposals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Proposal settings ({@code samskap.proposals.*}).
 *
 * @param viewportLimit most markers sent to one map at a time; beyond it the map asks the user to zoom in
 * @param viewportMargin fraction of the visible box added on each side, so short pans need no reload
 * @param demoProposals with the {@code demo} profile, seed example proposals
 * @param generatedProposals with the {@code demo} profile, also seed this many generated proposals per municipality
 */
@ConfigurationProperties("samskap.proposals")
public record ProposalsSettings(
        @DefaultValue("5000") int viewportLimit,
        @DefaultValue("0.25") double viewportMargin,
        @DefaultValue("true") boolean demoProposals,
        @DefaultValue("0") int generatedProposals) {}

package no.samskap.proposals;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Proposal settings ({@code samskap.proposals.*}).
 *
 * @param viewportMargin fraction of the visible box added on each side, so short pans need no reload
 * @param maxVertices most corners a new line or area may have
 * @param clusterAbove above this many proposals in a view, the server sends counted clusters instead of markers
 * @param clusterColumns about how many grid cells clusters use across the view
 * @param clusterCache how long a municipality-wide grid of clusters is reused (a new or hidden proposal on
 *                     the same node drops it at once); 0 counts every time
 * @param mapPayloadBudget most data one map update may carry; a view that would exceed it gets clusters
 * @param demoProposals with the {@code demo} profile, seed example proposals
 * @param generatedProposals with the {@code demo} profile, also seed this many generated proposals per municipality
 */
@ConfigurationProperties("samskap.proposals")
public record ProposalsSettings(
        @DefaultValue("0.25") double viewportMargin,
        @DefaultValue("200") int maxVertices,
        @DefaultValue("400") int clusterAbove,
        @DefaultValue("24") int clusterColumns,
        @DefaultValue("5s") Duration clusterCache,
        @DefaultValue("200KB") DataSize mapPayloadBudget,
        @DefaultValue("true") boolean demoProposals,
        @DefaultValue("0") int generatedProposals) {}

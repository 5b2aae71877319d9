package no.samskap.proposals;

import java.util.List;

/**
 * What the map shows for a viewport: either the proposals one by one (with simplified shapes), or,
 * where that would be too many or too large, counted clusters.
 *
 * @param area the (grown) box the markers were loaded for
 * @param truncated whether more proposals lie in the box than were sent as markers or clusters
 */
public record MarkersInView(
        Viewport area, List<ProposalMarker> markers, List<ProposalCluster> clusters, boolean truncated) {

    public MarkersInView {
        markers = List.copyOf(markers);
        clusters = List.copyOf(clusters);
    }

    /** Whether proposals are shown counted in clusters rather than one by one. */
    public boolean clustered() {
        return !clusters.isEmpty();
    }
}

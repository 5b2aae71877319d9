package no.samskap.proposals;

import java.util.List;

/**
 * The markers for a viewport.
 *
 * @param area the (grown) box the markers were loaded for
 * @param truncated whether more proposals lie in the box than were sent
 */
public record MarkersInView(Viewport area, List<ProposalMarker> markers, boolean truncated) {}

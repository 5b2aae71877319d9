package no.samskap.proposals;

import java.util.Collection;

/**
 * About how many bytes a set of markers costs on the way to the browser (as the map's JSON),
 * without serialising it: ids, titles and shapes dominate.
 */
final class MapPayload {

    // Keys, a position, a colour and punctuation per feature, and the category in the label.
    private static final int PER_FEATURE = 140;

    private MapPayload() {}

    static long bytes(Collection<ProposalMarker> markers) {
        long total = 0;
        for (ProposalMarker m : markers) {
            total += PER_FEATURE + 36 + 2L * m.title().length();
            if (m.shapeGeoJson() != null) {
                total += m.shapeGeoJson().length();
            }
        }
        return total;
    }
}

package no.samskap.proposals.internal;

import java.util.UUID;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalState;

/** The columns the map reads, straight from the query. */
public record MarkerRow(
        UUID id,
        String title,
        Category category,
        ProposalState state,
        double lat,
        double lon,
        String geometryKind,
        String geometryGeoJson) {

    public ProposalMarker toMarker() {
        return new ProposalMarker(
                new ProposalId(id),
                title,
                category,
                state,
                lat,
                lon,
                "Point".equals(geometryKind) ? null : geometryGeoJson);
    }
}

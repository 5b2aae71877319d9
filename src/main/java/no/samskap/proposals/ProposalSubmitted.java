package no.samskap.proposals;

import java.time.Instant;
import no.samskap.shared.AccountId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/** A proposal was submitted and is now public. */
public record ProposalSubmitted(
        ProposalId proposal,
        MunicipalityId municipality,
        String title,
        Category category,
        double lat,
        double lon,
        String shapeGeoJson,
        AccountId author,
        String authorName,
        Instant at)
        implements LiveEvent {

    public ProposalMarker toMarker() {
        return new ProposalMarker(proposal, title, category, ProposalState.SUBMITTED, lat, lon, shapeGeoJson);
    }
}

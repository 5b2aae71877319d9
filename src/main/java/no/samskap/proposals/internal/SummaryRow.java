package no.samskap.proposals.internal;

import java.time.Instant;
import java.util.UUID;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalState;
import no.samskap.proposals.ProposalSummary;

/** The columns a list shows, read without a proposal's text and shape. */
public record SummaryRow(
        UUID id,
        String title,
        Category category,
        ProposalState state,
        String districtId,
        String districtName,
        String authorName,
        String organisation,
        Instant submittedAt,
        Instant createdAt) {

    public ProposalSummary toSummary() {
        return new ProposalSummary(
                new ProposalId(id),
                title,
                category,
                state,
                districtId,
                districtName,
                authorName,
                organisation,
                submittedAt,
                createdAt);
    }
}

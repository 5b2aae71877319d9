package no.samskap.proposals;

import java.time.Instant;

/** A proposal as lists show it. */
public record ProposalSummary(
        ProposalId id,
        String title,
        Category category,
        ProposalState state,
        String districtName,
        String authorName,
        String organisation,
        Instant submittedAt,
        Instant createdAt) {}

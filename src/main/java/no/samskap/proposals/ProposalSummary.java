package no.samskap.proposals;

import java.time.Instant;

/**
 * A proposal as lists show it.
 *
 * @param districtId the district it lies in, or null outside any district
 */
public record ProposalSummary(
        ProposalId id,
        String title,
        Category category,
        ProposalState state,
        String districtId,
        String districtName,
        String authorName,
        String organisation,
        Instant submittedAt,
        Instant createdAt) {}

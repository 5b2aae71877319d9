package no.samskap.budgeting;

import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;

/**
 * A proposal on the ballot, with what it costs (NOK).
 *
 * @param districtId the district the proposal lies in, or null
 */
public record BallotItem(
        ProposalId proposal, String title, Category category, String districtId, String districtName, long costNok) {}

package no.samskap.budgeting;

import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;

/** A proposal on the ballot, with what it costs (NOK). */
public record BallotItem(ProposalId proposal, String title, Category category, String districtName, long costNok) {}

package no.samskap.comments;

import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/** A comment mentioned an account by @username. */
public record UserMentioned(
        AccountId mentioned,
        CommentId comment,
        ProposalId proposal,
        MunicipalityId municipality,
        String proposalTitle,
        AccountId by,
        String byName) {}

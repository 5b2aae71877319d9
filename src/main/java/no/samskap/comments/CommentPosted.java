package no.samskap.comments;

import java.time.Instant;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/** A comment or reply was posted; followers of the proposal hear of it. */
public record CommentPosted(
        CommentId comment,
        ProposalId proposal,
        MunicipalityId municipality,
        AccountId author,
        String authorName,
        String proposalTitle,
        Instant at)
        implements CommentEvent {}

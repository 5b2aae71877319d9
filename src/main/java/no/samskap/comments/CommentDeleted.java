package no.samskap.comments;

import java.time.Instant;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/** The author deleted a comment; its replies stay under a placeholder. */
public record CommentDeleted(
        CommentId comment, ProposalId proposal, MunicipalityId municipality, AccountId author, Instant at)
        implements CommentEvent {}

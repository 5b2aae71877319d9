package no.samskap.comments;

import java.time.Instant;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/**
 * Moderation showed a hidden comment again.
 *
 * @param actor the official who decided
 */
public record CommentRestored(
        CommentId comment, ProposalId proposal, MunicipalityId municipality, AccountId actor, Instant at)
        implements CommentEvent {}

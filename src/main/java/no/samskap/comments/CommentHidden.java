package no.samskap.comments;

import java.time.Instant;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/**
 * Moderation hid a comment (reports, an official, or its author was blocked).
 *
 * @param actor the official who decided, or null when reports hid it
 */
public record CommentHidden(
        CommentId comment, ProposalId proposal, MunicipalityId municipality, AccountId actor, Instant at)
        implements CommentEvent {}

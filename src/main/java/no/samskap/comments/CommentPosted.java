package no.samskap.comments;

import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/** A comment was posted (or edited, deleted, hidden: {@code changed} true); open threads update. */
public record CommentPosted(CommentId comment, ProposalId proposal, MunicipalityId municipality, AccountId author,
        String authorName, String proposalTitle, boolean changed) implements LiveEvent {
}

package no.samskap.comments;

import java.time.Instant;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.LiveEvent;

/** Something happened to a comment; open threads of its proposal update. One record per fact. */
public sealed interface CommentEvent extends LiveEvent
        permits CommentPosted, CommentEdited, CommentDeleted, CommentHidden, CommentRestored {

    CommentId comment();

    ProposalId proposal();

    Instant at();
}

package no.samskap.comments;

import java.time.Instant;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;

/** The author corrected a comment within the edit window. */
public record CommentEdited(
        CommentId comment, ProposalId proposal, MunicipalityId municipality, AccountId author, Instant at)
        implements CommentEvent {}

package no.samskap.comments.internal;

import no.samskap.shared.SqlProposalReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A comment by someone else is a response; the author's own comments go with the proposal. */
@Component
class CommentReferences extends SqlProposalReferences {

    CommentReferences(NamedParameterJdbcTemplate jdbc) {
        // Replies refer to their parents: unlinked first, the whole thread goes in one statement.
        super(
                jdbc,
                "select distinct proposal_id from comment where proposal_id in (:ids) and author_id <> :author",
                "update comment set parent_id = null where proposal_id in (:ids)",
                "delete from comment where proposal_id in (:ids)");
    }
}

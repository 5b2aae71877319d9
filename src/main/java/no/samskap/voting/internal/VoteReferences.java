package no.samskap.voting.internal;

import no.samskap.shared.SqlProposalReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A vote by someone else is a response; the author's own vote and the tally go with the proposal. */
@Component
class VoteReferences extends SqlProposalReferences {

    VoteReferences(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                "select distinct proposal_id from vote where proposal_id in (:ids) and account_id <> :author",
                "delete from vote where proposal_id in (:ids)",
                "delete from vote_tally_version where proposal_id in (:ids)");
    }
}

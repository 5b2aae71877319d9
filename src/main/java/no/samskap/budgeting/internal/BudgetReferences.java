package no.samskap.budgeting.internal;

import no.samskap.shared.SqlProposalReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A proposal the municipality put on a ballot has been answered by it, and ballots chose it: it stays
 * (as by "deleted user") when its author deletes their account, so no ballot loses a choice.
 */
@Component
class BudgetReferences extends SqlProposalReferences {

    BudgetReferences(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                "select proposal_id from budget_item where proposal_id in (:ids)"
                        + " union select proposal_id from ballot_choice where proposal_id in (:ids)");
    }
}

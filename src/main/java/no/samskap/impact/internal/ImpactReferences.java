package no.samskap.impact.internal;

import no.samskap.shared.SqlProposalReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A proposal in someone else's scenario has been responded to; its estimate goes with it. */
@Component
class ImpactReferences extends SqlProposalReferences {

    ImpactReferences(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                "select distinct sp.proposal_id from scenario_proposal sp join scenario s on s.id = sp.scenario_id"
                        + " where sp.proposal_id in (:ids) and (s.created_by is null or s.created_by <> :author)",
                "delete from scenario_proposal where proposal_id in (:ids)",
                "delete from impact_estimate_record where proposal_id in (:ids)");
    }
}

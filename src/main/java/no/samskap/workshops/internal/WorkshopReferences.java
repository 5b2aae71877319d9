package no.samskap.workshops.internal;

import no.samskap.shared.SqlProposalReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A proposal a workshop worked on, or one an idea became, is part of that workshop's record and stays. */
@Component
class WorkshopReferences extends SqlProposalReferences {

    WorkshopReferences(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                "select proposal_id from workshop_proposal where proposal_id in (:ids)"
                        + " union select proposal_id from workshop_pin where proposal_id in (:ids)");
    }
}

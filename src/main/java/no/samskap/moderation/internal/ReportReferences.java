package no.samskap.moderation.internal;

import no.samskap.shared.SqlProposalReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A report asks moderators to look and is no response; reports about a removed proposal go with it. */
@Component
class ReportReferences extends SqlProposalReferences {

    ReportReferences(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, null, "delete from report where content_type = 'PROPOSAL' and content_id in (:ids)");
    }
}

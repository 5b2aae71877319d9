package no.samskap.notifications.internal;

import no.samskap.shared.SqlProposalReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Following is no response (anyone may follow anything); follows and notifications about a removed proposal go with it. */
@Component
class NotificationReferences extends SqlProposalReferences {

    NotificationReferences(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                null,
                "delete from notification where proposal_id in (:ids)",
                "delete from follow where proposal_id in (:ids)");
    }
}

package no.samskap.moderation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reports the person made. */
@Component
class ReportPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    ReportPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "reports";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "reports",
                PersonalData.rows(
                        jdbc,
                        "select id, content_type, content_id, municipality_id, reason, details, created_at, status from report where reporter_id = ?",
                        account));
        return data;
    }

    /**
     * Reports the person filed stay for the moderators' record (the reporter is now an anonymous
     * account), without the free text, which may name them.
     */
    @Override
    public void erase(Erasure erasure) {
        jdbc.update(
                "update report set details = null where reporter_id = ?",
                erasure.account().value());
    }
}

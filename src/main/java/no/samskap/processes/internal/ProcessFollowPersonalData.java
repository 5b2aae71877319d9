package no.samskap.processes.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The processes a person follows. */
@Component
class ProcessFollowPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    ProcessFollowPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "processes";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "following",
                PersonalData.rows(
                        jdbc,
                        "select process_id, since from process_follow where account_id = ? order by since",
                        account));
        return data;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.update(
                "delete from process_follow where account_id = ?",
                erasure.account().value());
    }
}

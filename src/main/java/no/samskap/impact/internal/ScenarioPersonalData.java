package no.samskap.impact.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Scenarios the person saved, with the proposals in each. */
@Component
class ScenarioPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    ScenarioPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "scenarios";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "scenarios",
                PersonalData.rows(
                        jdbc,
                        "select id, municipality_id, name, created_at from scenario where created_by = ? order by created_at",
                        account));
        data.put(
                "scenario_proposals",
                PersonalData.rows(
                        jdbc,
                        "select p.scenario_id, p.proposal_id from scenario_proposal p join scenario s on s.id = p.scenario_id where s.created_by = ?",
                        account));
        return data;
    }

    /** Saved scenarios are the person's own workbench: they go. */
    @Override
    public void erase(Erasure erasure) {
        UUID account = erasure.account().value();
        jdbc.update(
                "delete from scenario_proposal where scenario_id in (select id from scenario where created_by = ?)",
                account);
        jdbc.update("delete from scenario where created_by = ?", account);
    }
}

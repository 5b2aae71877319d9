package no.samskap.workshops.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Workshops the person took part in with their account, and the ideas they pinned there. */
@Component
class WorkshopPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    WorkshopPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "workshops";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "participation",
                PersonalData.rows(
                        jdbc,
                        "select workshop_id, display_name, joined_at from workshop_participant where account_id = ?",
                        account));
        data.put(
                "pins",
                PersonalData.rows(
                        jdbc,
                        "select p.workshop_id, p.lat, p.lon, p.text, p.created_at, p.proposal_id from workshop_pin p join workshop_participant w on w.id = p.participant_id where w.account_id = ?",
                        account));
        return data;
    }

    /** Ideas stay with the workshop; the name shown with them becomes "deleted user" (an empty name). */
    @Override
    public void erase(Erasure erasure) {
        jdbc.update(
                "update workshop_participant set display_name = '' where account_id = ?",
                erasure.account().value());
    }
}

package no.samskap.notifications.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Follows, notifications, mail choices and watched places. */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    NotificationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("follows", PersonalData.rows(jdbc, "select * from follow where account_id = ?", account));
        data.put(
                "notifications",
                PersonalData.rows(
                        jdbc, "select * from notification where account_id = ? order by created_at", account));
        data.put(
                "mail_preferences",
                PersonalData.rows(jdbc, "select kind, frequency from mail_preference where account_id = ?", account));
        data.put("watched_places", PersonalData.rows(jdbc, "select * from area_watch where account_id = ?", account));
        return data;
    }

    /**
     * The person's follows, inbox, mail choices, digests and watched places go; in others' inboxes
     * their name gives way to "deleted user" (an empty name).
     */
    @Override
    public void erase(Erasure erasure) {
        UUID account = erasure.account().value();
        for (String table : new String[] {"follow", "notification", "mail_preference", "mail_digest", "area_watch"}) {
            jdbc.update("delete from " + table + " where account_id = ?", account);
        }
        jdbc.update("update notification set actor_name = '' where actor_id = ?", account);
    }
}

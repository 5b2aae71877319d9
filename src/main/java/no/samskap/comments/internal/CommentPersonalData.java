package no.samskap.comments.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Comments the person wrote, deleted and hidden ones included. */
@Component
class CommentPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    CommentPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "comments";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "comments",
                PersonalData.rows(
                        jdbc,
                        "select id, proposal_id, parent_id, stance, body, created_at, edited_at, deleted, hidden from comment where author_id = ? order by created_at",
                        account));
        return data;
    }

    /**
     * The person's comments stay, shown as by "deleted user" (an empty name); if they chose, those
     * nobody has answered go, leaves first, so a chain of their own replies goes too.
     */
    @Override
    public void erase(Erasure erasure) {
        UUID account = erasure.account().value();
        if (erasure.removeContent()) {
            NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
            for (int round = 0; round <= Comment.MAX_DEPTH; round++) {
                List<UUID> unanswered = jdbc.queryForList(
                        "select c.id from comment c where c.author_id = ?"
                                + " and not exists (select 1 from comment r where r.parent_id = c.id)",
                        UUID.class,
                        account);
                if (unanswered.isEmpty()) {
                    break;
                }
                named.update("delete from comment where id in (:ids)", Map.of("ids", unanswered));
            }
        }
        jdbc.update("update comment set author_name = '' where author_id = ?", account);
    }
}

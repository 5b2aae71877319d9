package no.samskap.comments.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
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
}

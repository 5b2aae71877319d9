package no.samskap.comments.internal;

import no.samskap.identity.AccountRenamed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the author's name shown next to each comment right when the author corrects it. */
@Component
class CommentAuthorNames {

    private final JdbcTemplate jdbc;

    CommentAuthorNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountRenamed e) {
        jdbc.update(
                "update comment set author_name = ? where author_id = ?",
                e.displayName(),
                e.account().value());
    }
}

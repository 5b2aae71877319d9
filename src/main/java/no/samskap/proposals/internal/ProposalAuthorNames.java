package no.samskap.proposals.internal;

import no.samskap.identity.AccountRenamed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the author's name shown next to each proposal right when the author corrects it. */
@Component
class ProposalAuthorNames {

    private final JdbcTemplate jdbc;

    ProposalAuthorNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountRenamed e) {
        jdbc.update(
                "update proposal set author_name = ? where author_id = ?",
                e.displayName(),
                e.account().value());
    }
}

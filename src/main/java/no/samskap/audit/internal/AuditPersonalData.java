package no.samskap.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Audit entries of what the person did, and those about their account (a block, say). */
@Component
class AuditPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    AuditPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "audit";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "actions",
                PersonalData.rows(
                        jdbc,
                        "select at, municipality_id, action, target_type, target_id from audit_entry"
                                + " where actor_id = ? order by at",
                        account));
        data.put(
                "about_my_account",
                PersonalData.rows(
                        jdbc,
                        "select at, municipality_id, action from audit_entry where target_type = 'ACCOUNT'"
                                + " and target_id = cast(? as varchar(80)) order by at",
                        account));
        return data;
    }

    /**
     * The log stays whole and append-only; only the person's name gives way to their pseudonym, where
     * they acted and where an entry names their account.
     */
    @Override
    public void erase(Erasure erasure) {
        UUID account = erasure.account().value();
        jdbc.update("update audit_entry set actor_name = ? where actor_id = ?", erasure.pseudonym(), account);
        jdbc.update(
                "update audit_entry set detail = ? where target_type = 'ACCOUNT' and target_id = ?",
                erasure.pseudonym(),
                account.toString());
    }
}

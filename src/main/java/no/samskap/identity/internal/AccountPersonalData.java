package no.samskap.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samskap.shared.AccountId;
import no.samskap.shared.Erasure;
import no.samskap.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The account itself; never the password's hash. */
@Component
class AccountPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    AccountPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "account",
                PersonalData.rows(
                                jdbc,
                                "select id, username, display_name, email, email_verified_at, preferred_language,"
                                        + " municipality_id, role, organisation, created_at, blocked"
                                        + " from account where id = ?",
                                account)
                        .stream()
                        .findFirst()
                        .orElse(Map.of()));
        data.put(
                "password_reset_links",
                PersonalData.rows(
                        jdbc,
                        "select created_at, expires_at, used_at from password_reset where account_id = ?",
                        account));
        data.put(
                "signed_in_with",
                PersonalData.rows(
                        jdbc,
                        "select provider, linked_at, last_acr from account_identity where account_id = ?",
                        account));
        return data;
    }

    /** Reset links go; the account row itself is anonymised by AccountDeletion, through its entity. */
    @Override
    public void erase(Erasure erasure) {
        jdbc.update(
                "delete from password_reset where account_id = ?",
                erasure.account().value());
    }
}

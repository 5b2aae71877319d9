package no.samskap.shared;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one module holds about a person, for "My data" and for deleting an account: each module that
 * stores personal data says so here, so the download is complete and the deletion thorough without one
 * module reading or writing another's tables.
 */
public interface PersonalData {

    /** The section's name in the download, e.g. "proposals". */
    String section();

    /** Everything this module holds about the account, as JSON-ready maps, lists and values. */
    Object export(AccountId account);

    /**
     * Removes or anonymises what this module holds about an account being deleted, in the deleting
     * transaction (all modules or none). Others' records stay whole: what the person wrote stays,
     * shown as by "deleted user", unless they chose to remove it and nobody else has responded.
     */
    void erase(Erasure erasure);

    /** The rows of a query whose one parameter is the account id, times and ids as text. */
    static List<Map<String, Object>> rows(JdbcTemplate jdbc, String sql, AccountId account) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, account.value())) {
            Map<String, Object> clean = new LinkedHashMap<>();
            row.forEach((column, value) -> clean.put(column.toLowerCase(java.util.Locale.ROOT), plain(value)));
            rows.add(clean);
        }
        return rows;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant().toString();
            case OffsetDateTime t -> t.toInstant().toString();
            case UUID u -> u.toString();
            default -> value;
        };
    }
}

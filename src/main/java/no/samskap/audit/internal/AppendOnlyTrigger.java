package no.samskap.audit.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import no.samskap.shared.Erasure;
import org.h2.api.Trigger;

/**
 * H2's row trigger on the audit table: deletes fail, and so does every update except the one the law
 * requires, replacing a deleted person's name (or the name an entry is about) with a pseudonym.
 */
public class AppendOnlyTrigger implements Trigger {

    private int actorName = -1;
    private int detail = -1;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        // Columns by name, so a later column does not shift what may change.
        try (ResultSet columns = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                if (name.equals("actor_name")) {
                    actorName = index;
                } else if (name.equals("detail")) {
                    detail = index;
                }
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && onlyPseudonymised(oldRow, newRow)) {
            return;
        }
        throw new SQLException(
                "audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }

    private boolean onlyPseudonymised(Object[] oldRow, Object[] newRow) {
        if (actorName < 0 || detail < 0 || oldRow.length != newRow.length) {
            return false;
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (Objects.equals(oldRow[i], newRow[i])) {
                continue;
            }
            if ((i != actorName && i != detail)
                    || !(newRow[i] instanceof String s && s.startsWith(Erasure.PSEUDONYM_PREFIX))) {
                return false;
            }
        }
        return true;
    }
}

package no.samskap.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's row trigger on the audit table: every update and delete fails, so entries cannot be changed. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }
}

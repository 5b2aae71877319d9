package no.samskap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that is out of reach is told to the user as such, not as a bug with a reference. */
class DatabaseUnavailableTest {

    @Test
    void recognisesAnUnreachableDatabaseAnywhereInTheCauses() {
        // What Hikari throws when no connection comes within its timeout, wrapped as Spring wraps it.
        var noConnection = new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new SQLTransientConnectionException("samskap - Connection is not available, request timed out"));
        assertThat(ShellServiceInitListener.databaseUnavailable(noConnection)).isTrue();
        // PostgreSQL's "connection failure" class of states.
        var refused = new RuntimeException(new SQLException("Connection refused", "08001"));
        assertThat(ShellServiceInitListener.databaseUnavailable(refused)).isTrue();
    }

    @Test
    void leavesOtherErrorsAlone() {
        assertThat(ShellServiceInitListener.databaseUnavailable(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(ShellServiceInitListener.databaseUnavailable(new SQLException("syntax", "42601")))
                .isFalse();
        assertThat(ShellServiceInitListener.databaseUnavailable(new IllegalStateException("bug")))
                .isFalse();
    }
}

package no.samskap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that is out of reach is told to the user as such, not as a bug with a reference. */
class DatabaseOutageTest {

    @Test
    void recognisesAnUnreachableDatabaseAnywhereInTheCauses() {
        // What Hikari throws when no connection comes within its timeout because the database is away
        // (the last failed attempt is the cause), wrapped as Spring wraps it.
        var noConnection = new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new SQLTransientConnectionException(
                        "samskap - Connection is not available, request timed out",
                        "08001",
                        new SQLException("Connection refused", "08001")));
        assertThat(DatabaseOutage.isCause(noConnection)).isTrue();
        // PostgreSQL's "connection failure" class of states.
        var refused = new RuntimeException(new SQLException("Connection refused", "08001"));
        assertThat(DatabaseOutage.isCause(refused)).isTrue();
        // A connection that broke mid-transaction: the failed rollback hides the original state
        // (seen in the outage drill).
        var rollbackFailed = new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseOutage.isCause(rollbackFailed)).isTrue();
    }

    @Test
    void leavesOtherErrorsAlone() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax", "42601"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void leavesOutWhatNeedsTheDatabaseOnlyWhileItIsAway() {
        assertThat(DatabaseOutage.unlessAway(() -> 3L)).contains(3L);
        assertThat(DatabaseOutage.<Long>unlessAway(() -> {
                    throw new CannotCreateTransactionException("Could not open JDBC Connection");
                }))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatabaseOutage.unlessAway(() -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tellsABusyPoolFromAnUnreachableDatabase() {
        var busy = new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"));
        assertThat(DatabaseOutage.isBusy(busy)).isTrue();
        assertThat(DatabaseOutage.isCause(busy)).isFalse();
        var away = new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new SQLTransientConnectionException(
                        "Connection is not available, request timed out after 5000ms",
                        "08001",
                        new SQLException("Connection refused", "08001")));
        assertThat(DatabaseOutage.isBusy(away)).isFalse();
        assertThat(DatabaseOutage.isCause(away)).isTrue();
    }
}

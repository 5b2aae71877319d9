package no.samskap;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import no.samskap.shared.DatabaseOutage;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool, with a short memory for outages: once a connection could not be had, requests in the
 * next {@link DatabaseSettings#failFast()} fail at once with a connection error (shown to users as
 * "the database is out of reach") instead of each waiting out the pool's timeout. A page that reads
 * several things would otherwise keep its user waiting that timeout once per read.
 */
final class FailFastDataSource extends DelegatingDataSource {

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private volatile long failingUntil;
    private volatile boolean failing;

    FailFastDataSource(DataSource pool, DatabaseSettings settings, LongSupplier nanoClock) {
        super(pool);
        this.windowNanos = settings.failFast().toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guarded(() -> super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guarded(() -> super.getConnection(username, password));
    }

    private interface Open {
        Connection get() throws SQLException;
    }

    private Connection guarded(Open open) throws SQLException {
        if (failing && nanoClock.getAsLong() - failingUntil < 0) {
            throw new SQLTransientConnectionException("The database was out of reach moments ago", "08001");
        }
        try {
            Connection connection = open.get();
            failing = false;
            return connection;
        } catch (SQLException e) {
            // Only an unreachable database opens the window; a pool that is merely busy does not.
            if (DatabaseOutage.isCause(e)) {
                failingUntil = nanoClock.getAsLong() + windowNanos;
                failing = true;
            }
            throw e;
        }
    }
}

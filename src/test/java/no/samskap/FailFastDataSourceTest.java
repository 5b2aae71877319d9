package no.samskap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** After a connection could not be had, the next requests are told at once, then one tries again. */
class FailFastDataSourceTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean down;
    private volatile boolean busy;

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final FailFastDataSource dataSource;

    FailFastDataSourceTest() {
        h2.setURL("jdbc:h2:mem:failfast;DB_CLOSE_DELAY=-1");
        DelegatingDataSource pool = new DelegatingDataSource(h2) {
            @Override
            public java.sql.Connection getConnection() throws SQLException {
                attempts.incrementAndGet();
                if (down) {
                    // As Hikari reports it: the last failed connection attempt is the cause.
                    throw new SQLTransientConnectionException(
                            "Connection is not available, request timed out after 5000ms (total=0, active=0)",
                            "08001",
                            new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
                }
                if (busy) {
                    // Every connection in use the whole time; the database itself answers.
                    throw new SQLTransientConnectionException(
                            "Connection is not available, request timed out after 5000ms (total=10, active=10)");
                }
                return super.getConnection();
            }
        };
        dataSource = new FailFastDataSource(pool, new DatabaseSettings(Duration.ofSeconds(3)), now::get);
    }

    @Test
    void anOutageIsToldAtOnceForAWhileThenTheDatabaseIsTriedAgain() throws SQLException {
        dataSource.getConnection().close();
        down = true;
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(attempts).hasValue(2);

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("moments ago");
        assertThat(attempts).as("told without asking the pool").hasValue(2);

        down = false;
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        dataSource.getConnection().close();
        assertThat(attempts).as("tried again once the window passed").hasValue(3);
        dataSource.getConnection().close();
        assertThat(attempts).hasValue(4);
    }

    @Test
    void otherErrorsDoNotOpenTheWindow() {
        FailFastDataSource wrong = new FailFastDataSource(
                new DelegatingDataSource(h2) {
                    @Override
                    public java.sql.Connection getConnection() throws SQLException {
                        attempts.incrementAndGet();
                        throw new SQLException("password authentication failed", "28P01");
                    }
                },
                new DatabaseSettings(Duration.ofSeconds(3)),
                now::get);
        assertThatThrownBy(wrong::getConnection).hasMessageContaining("password");
        assertThatThrownBy(wrong::getConnection).hasMessageContaining("password");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aBusyPoolIsNotAnOutage() throws SQLException {
        busy = true;
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        busy = false;
        dataSource.getConnection().close();
        assertThat(attempts).as("the next request tried the pool again at once").hasValue(2);
    }
}

package no.samskap.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Recognises the database being out of reach (stopped, restarting, network gone) as opposed to a
 * bug, so that users are told so in words and the page around them keeps working.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** True if the error, or anything that caused it, is the database being out of reach. */
    public static boolean isCause(Throwable t) {
        if (isBusy(t)) {
            return false; // the database answers; this node has more requests than connections
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.springframework.dao.DataAccessResourceFailureException
                    || c instanceof org.springframework.transaction.CannotCreateTransactionException
                    || c instanceof java.sql.SQLTransientConnectionException
                    || c instanceof java.sql.SQLNonTransientConnectionException
                    || (c instanceof java.sql.SQLException e
                            && e.getSQLState() != null
                            && e.getSQLState().startsWith("08"))
                    // The pool's answer when a connection broke mid-transaction and the rollback
                    // then had nothing to talk to (it hides the original 08 state).
                    || (c instanceof java.sql.SQLException e && "Connection is closed".equals(e.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if every connection of the pool was busy for the whole wait while the database itself
     * answers: the pool then gives up with no cause and no state (when the database is away, the
     * last failed connection attempt is the cause).
     */
    public static boolean isBusy(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLTransientConnectionException e
                    && e.getCause() == null
                    && e.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value, or empty while the database is out of reach or too busy: for what frames a page (a counter,
     * a selector) and may be left out for a moment. Any other error is thrown on.
     */
    public static <T> Optional<T> unlessAway(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (RuntimeException e) {
            if (isCause(e) || isBusy(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}

package no.samskap.live.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether a UI's browser has stopped answering. A tab that crashed, lost its network or
 * whose browser was killed sends no unload beacon; it only stops sending Vaadin's heartbeats
 * ({@code vaadin.heartbeatInterval}), so a UI is silent once its last heartbeat is older than the
 * presence timeout.
 */
final class Heartbeats {

    private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

    private final long timeoutMillis;
    private final AtomicBoolean warned = new AtomicBoolean();

    Heartbeats(Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    boolean silent(UI ui, long nowMillis) {
        VaadinSession session = ui.getSession();
        if (session == null) {
            return true;
        }
        // The service's configuration, not the session's: that one asserts the session lock.
        int intervalSeconds = session.getService().getDeploymentConfiguration().getHeartbeatInterval();
        if (intervalSeconds <= 0) {
            return false; // heartbeats are off: silence says nothing
        }
        // A live browser may be a heartbeat late; one that is two late has gone, whatever the setting.
        long limit = Math.max(timeoutMillis, 2_000L * intervalSeconds + 1_000);
        if (limit > timeoutMillis && warned.compareAndSet(false, true)) {
            log.warn(
                    "vaadin.heartbeatInterval ({} s) is too long for samskap.live.presence-timeout ({} ms):"
                            + " visitors whose browser died stay listed for up to {} ms",
                    intervalSeconds,
                    timeoutMillis,
                    limit);
        }
        return nowMillis - ui.getInternals().getLastHeartbeatTimestamp() > limit;
    }
}

package no.samskap.workshops.internal;

import java.time.Clock;
import java.time.Instant;
import no.samskap.workshops.WorkshopSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes workshop guests' names once {@code samskap.workshops.guest-data-retention} has passed since
 * their workshop ended. A guest has no account to delete, so this is how their data goes; their ideas
 * stay with the workshop's record, unnamed. Idempotent, so every node may run it.
 */
@Component
class GuestDataRetention {

    private static final Logger log = LoggerFactory.getLogger(GuestDataRetention.class);

    private final JdbcClient db;
    private final WorkshopSettings settings;
    private final Clock clock;

    GuestDataRetention(JdbcClient db, WorkshopSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${samskap.workshops.guest-data-check:1h}",
            initialDelayString = "${samskap.workshops.guest-data-check:1h}")
    void run() {
        try {
            int forgotten = forgetGuests(clock.instant());
            if (forgotten > 0) {
                log.info("Deleted the names of {} workshop guests whose workshops ended long enough ago", forgotten);
            }
        } catch (RuntimeException e) {
            // The next check tries again; never let the scheduler drop this task.
            log.warn("Could not delete workshop guests' names", e);
        }
    }

    /** Deletes the names of guests of workshops that ended before {@code now} minus the retention; how many. */
    int forgetGuests(Instant now) {
        return db.sql("update workshop_participant set display_name = '' where guest = true and display_name <> ''"
                        + " and workshop_id in (select id from workshop where ended_at is not null and ended_at < ?)")
                .param(Sql.utc(now.minus(settings.guestDataRetention())))
                .update();
    }
}

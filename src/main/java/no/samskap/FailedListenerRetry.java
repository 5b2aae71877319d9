package no.samskap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose after-commit listener failed (or whose node died while running it) to the
 * listener again. Each publication is claimed in the database before it is resubmitted, so two
 * nodes do not retry the same one.
 */
@Component
class FailedListenerRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedListenerRetry.class);

    private final IncompleteEventPublications incomplete;
    private final EventSettings settings;

    FailedListenerRetry(IncompleteEventPublications incomplete, EventSettings settings) {
        this.incomplete = incomplete;
        this.settings = settings;
    }

    @Scheduled(
            fixedDelayString = "${samskap.events.retry-interval:1m}",
            initialDelayString = "${samskap.events.retry-interval:1m}")
    void retry() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(settings.retryAfter());
        } catch (RuntimeException e) {
            // The next run tries again; never let the scheduler drop this task.
            log.warn("Could not resubmit unfinished event publications", e);
        }
    }
}

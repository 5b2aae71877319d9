package no.samskap.live.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import no.samskap.shared.LiveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Publishes live events to the cluster-wide reliable topic once their transaction has committed. */
@Component
class LiveRelay {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    private final ITopic<LiveEvent> topic;

    LiveRelay(HazelcastInstance hazelcast) {
        this.topic = hazelcast.getReliableTopic(HazelcastConfiguration.LIVE_TOPIC);
    }

    /**
     * A plain listener that registers its own after-commit step (at once without a transaction),
     * rather than a transactional event listener: those are wrapped by the event publication
     * registry, which marks each relay complete with a second connection while the first is still
     * held, and exhausted the pool under concurrent votes (ADR 0009).
     */
    @EventListener
    void relay(LiveEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(event);
                }
            });
        } else {
            publish(event);
        }
    }

    private void publish(LiveEvent event) {
        try {
            topic.publish(event);
        } catch (RuntimeException e) {
            // The change is committed; users see it on their next load even if the push is lost.
            log.warn("Could not relay {} to the cluster", event.getClass().getSimpleName(), e);
        }
    }
}

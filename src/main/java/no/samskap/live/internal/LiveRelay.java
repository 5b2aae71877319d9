package no.samskap.live.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import no.samskap.shared.LiveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Publishes live events to the cluster-wide reliable topic once their transaction has committed. */
@Component
class LiveRelay {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    private final ITopic<LiveEvent> topic;

    LiveRelay(HazelcastInstance hazelcast) {
        this.topic = hazelcast.getReliableTopic(HazelcastConfiguration.LIVE_TOPIC);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relay(LiveEvent event) {
        try {
            topic.publish(event);
        } catch (RuntimeException e) {
            // The change is committed; users see it on their next load even if the push is lost.
            log.warn("Could not relay {} to the cluster", event.getClass().getSimpleName(), e);
        }
    }
}

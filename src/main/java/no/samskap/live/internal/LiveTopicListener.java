package no.samskap.live.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.ReliableMessageListener;
import jakarta.annotation.PreDestroy;
import java.util.UUID;
import no.samskap.shared.LiveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's one listener on the cluster topic: hands every event to the subscriptions, and
 * makes the UIs reload when the node may have missed events (it lagged further behind than the
 * topic keeps, or it rejoined the cluster after a split).
 */
@Component
class LiveTopicListener implements ReliableMessageListener<LiveEvent> {

    private static final Logger log = LoggerFactory.getLogger(LiveTopicListener.class);

    private final HazelcastInstance hazelcast;
    private final LiveSubscriptions subscriptions;
    private final ITopic<LiveEvent> topic;
    private final UUID listenerId;
    private final UUID lifecycleListenerId;
    private volatile long lastSequence = -1;

    LiveTopicListener(HazelcastInstance hazelcast, LiveSubscriptions subscriptions) {
        this.hazelcast = hazelcast;
        this.subscriptions = subscriptions;
        this.topic = hazelcast.getReliableTopic(HazelcastConfiguration.LIVE_TOPIC);
        this.listenerId = topic.addMessageListener(this);
        // After a split the merged member may have missed anything; its UIs reload.
        this.lifecycleListenerId = hazelcast.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.MERGED) {
                subscriptions.resync("cluster merge");
            }
        });
    }

    @Override
    public void onMessage(Message<LiveEvent> message) {
        subscriptions.deliver(message.getMessageObject());
    }

    @Override
    public long retrieveInitialSequence() {
        return -1; // from the next event on: what came before is in the database
    }

    @Override
    public void storeSequence(long sequence) {
        long last = lastSequence;
        lastSequence = sequence;
        if (last >= 0 && sequence > last + 1) {
            subscriptions.resync((sequence - last - 1) + " events lost while lagging");
        }
    }

    @Override
    public boolean isLossTolerant() {
        return true; // skip ahead and reload, rather than stop listening
    }

    @Override
    public boolean isTerminal(Throwable failure) {
        log.warn("Live event listener failed; continuing", failure);
        return false;
    }

    @PreDestroy
    void close() {
        try {
            topic.removeMessageListener(listenerId);
            hazelcast.getLifecycleService().removeLifecycleListener(lifecycleListenerId);
        } catch (RuntimeException e) {
            log.debug("Topic listener already gone", e);
        }
    }
}

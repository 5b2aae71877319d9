package no.samskap.live.internal;

import org.springframework.stereotype.Component;

/** What this node holds for its open UIs, counted for leak tests and monitoring; each count falls back when the UIs go. */
@Component
public class LiveGauges {

    private final LiveSubscriptions subscriptions;
    private final PushQueues queues;
    private final HazelcastPresence presence;

    LiveGauges(LiveSubscriptions subscriptions, PushQueues queues, HazelcastPresence presence) {
        this.subscriptions = subscriptions;
        this.queues = queues;
        this.presence = presence;
    }

    /** Live event subscriptions and resync registrations. */
    public int subscriptions() {
        return subscriptions.subscriptionCount();
    }

    /** UIs with a push queue. */
    public int pushQueues() {
        return queues.queueCount();
    }

    /** UIs' watchers of a place's presence. */
    public int presenceWatchers() {
        return presence.watcherCount();
    }

    /** Presence entries this node wrote for its UIs. */
    public int presenceEntries() {
        return presence.ownCount();
    }
}

package no.samskap.live.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.topic.ReliableMessageListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import no.samskap.live.LiveSettings;
import no.samskap.live.LiveUpdates;
import no.samskap.shared.LiveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Relays live events to the cluster-wide reliable topic after commit, and keeps one
 * topic listener per node that fans each event out to the UIs subscribed on this node.
 */
@Component
class LiveBroadcaster implements LiveUpdates, ReliableMessageListener<LiveEvent> {

    private static final Logger log = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final ITopic<LiveEvent> topic;
    private final UUID listenerId;
    private final long pushIntervalMillis;
    private final Map<Long, Subscription<?>> subscriptions = new ConcurrentHashMap<>();
    private final Map<UI, UiQueue> queues = new ConcurrentHashMap<>();
    private final Map<Long, Resync> resyncs = new ConcurrentHashMap<>();
    private final UUID lifecycleListenerId;
    private final HazelcastInstance hazelcast;
    private volatile long lastSequence = -1;
    // One thread per core: applying an event to thousands of UIs is work, and UIs are independent.
    // Per UI the order holds, since a UI's queue is drained under its session lock.
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), new ThreadFactory() {
                private final AtomicInteger count = new AtomicInteger();

                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "samskap-live-push-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });
    private long nextId;

    LiveBroadcaster(HazelcastInstance hazelcast, LiveSettings settings) {
        this.topic = hazelcast.getReliableTopic(HazelcastConfiguration.LIVE_TOPIC);
        this.pushIntervalMillis = settings.pushInterval().toMillis();
        this.listenerId = topic.addMessageListener(this);
        this.hazelcast = hazelcast;
        // After a split the merged member may have missed anything; its UIs reload.
        this.lifecycleListenerId = hazelcast.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.MERGED) {
                missedEvents("cluster merge");
            }
        });
    }

    // ---- ReliableMessageListener: notice when this node fell behind and lost events -----

    @Override
    public long retrieveInitialSequence() {
        return -1; // from the next event on: what came before is in the database
    }

    @Override
    public void storeSequence(long sequence) {
        long last = lastSequence;
        lastSequence = sequence;
        if (last >= 0 && sequence > last + 1) {
            missedEvents((sequence - last - 1) + " events lost while lagging");
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

    /** Tells every UI on this node to reload its live state from the database. */
    void missedEvents(String reason) {
        log.info("Live updates may have been missed ({}); {} UIs reload", reason, resyncs.size());
        for (Resync r : resyncs.values()) {
            enqueue(r.ui(), r.reload());
        }
    }

    @Override
    public Registration onResync(UI ui, Runnable reload) {
        long id;
        synchronized (this) {
            id = nextId++;
        }
        retain(ui);
        resyncs.put(id, new Resync(ui, reload));
        AtomicBoolean removed = new AtomicBoolean();
        Registration[] detach = new Registration[1];
        Registration registration = () -> {
            if (removed.compareAndSet(false, true)) {
                resyncs.remove(id);
                detach[0].remove();
                release(ui);
            }
        };
        detach[0] = ui.addDetachListener(e -> registration.remove());
        return registration;
    }

    private record Resync(UI ui, Runnable reload) {
    }

    /** Keeps the UI's push queue while something is registered for it. */
    void retain(UI ui) {
        queues.compute(ui, (k, q) -> {
            UiQueue queue = q == null ? new UiQueue(ui) : q;
            queue.holders++;
            return queue;
        });
    }

    /** Drops the UI's push queue once nothing is registered for it and no work waits. */
    void release(UI ui) {
        queues.computeIfPresent(ui, (k, q) -> --q.holders <= 0 && q.work.isEmpty() ? null : q);
    }

    /**
     * Publishes the event once its transaction has committed (at once without one). A plain listener
     * that registers its own after-commit step, rather than a transactional event listener: those
     * are wrapped by the event publication registry, which would mark each relay complete in the
     * database with a second connection while the first is still held.
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

    @Override
    public void onMessage(Message<LiveEvent> message) {
        LiveEvent event = message.getMessageObject();
        // All of one event's work for a UI goes into its queue as one item, so a flush cannot
        // take one view's part now and leave another's for the next push interval.
        Map<UI, List<Runnable>> work = new HashMap<>();
        for (Subscription<?> s : subscriptions.values()) {
            Runnable task = s.match(event);
            if (task != null) {
                work.computeIfAbsent(s.ui, k -> new ArrayList<>(2)).add(task);
            }
        }
        work.forEach((ui, tasks) -> enqueue(ui, tasks.size() == 1 ? tasks.getFirst() : () -> tasks.forEach(task -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Live update handler failed", e);
            }
        })));
    }

    @Override
    public <E extends LiveEvent> Registration subscribe(UI ui, Class<E> type, Predicate<? super E> filter,
            Consumer<? super E> handler) {
        long id;
        synchronized (this) {
            id = nextId++;
        }
        Subscription<E> subscription = new Subscription<>(ui, type, filter, handler);
        retain(ui);
        subscriptions.put(id, subscription);
        AtomicBoolean removed = new AtomicBoolean();
        Registration[] detach = new Registration[1];
        Registration registration = () -> {
            if (removed.compareAndSet(false, true)) {
                subscriptions.remove(id);
                detach[0].remove();
                release(ui);
            }
        };
        detach[0] = ui.addDetachListener(e -> registration.remove());
        return registration;
    }

    @Override
    public int subscriptionCount() {
        return subscriptions.size() + resyncs.size();
    }

    /** Number of UIs with a push queue (for leak tests). */
    int queueCount() {
        return queues.size();
    }

    @PreDestroy
    void close() {
        try {
            topic.removeMessageListener(listenerId);
            hazelcast.getLifecycleService().removeLifecycleListener(lifecycleListenerId);
        } catch (RuntimeException e) {
            log.debug("Topic listener already gone", e);
        }
        scheduler.shutdownNow();
    }

    /** Runs the work for the UI in its next push, at most one push per interval. */
    void enqueue(UI ui, Runnable work) {
        UiQueue queue = queues.computeIfAbsent(ui, UiQueue::new);
        queue.work.add(work);
        if (queue.scheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, queue.lastPush + pushIntervalMillis - System.currentTimeMillis());
            scheduler.schedule(queue::flush, wait, TimeUnit.MILLISECONDS);
        }
    }

    private final class Subscription<E extends LiveEvent> {
        final UI ui;
        final Class<E> type;
        final Predicate<? super E> filter;
        final Consumer<? super E> handler;

        Subscription(UI ui, Class<E> type, Predicate<? super E> filter, Consumer<? super E> handler) {
            this.ui = ui;
            this.type = type;
            this.filter = filter;
            this.handler = handler;
        }

        /** The work for this event, or null when it is not for this subscription. */
        Runnable match(LiveEvent event) {
            if (type.isInstance(event)) {
                E typed = type.cast(event);
                if (filter.test(typed)) {
                    return () -> handler.accept(typed);
                }
            }
            return null;
        }
    }

    /** Work waiting for one UI; drained in a single {@code ui.access}, which is a single push. */
    private final class UiQueue {
        final UI ui;
        int holders; // guarded by the queues map's compute
        final Queue<Runnable> work = new ConcurrentLinkedQueue<>();
        final AtomicBoolean scheduled = new AtomicBoolean();
        volatile long lastPush;

        UiQueue(UI ui) {
            this.ui = ui;
        }

        void flush() {
            scheduled.set(false);
            lastPush = System.currentTimeMillis();
            if (!ui.isAttached()) {
                work.clear();
                queues.computeIfPresent(ui, (k, q) -> q == this && q.holders <= 0 ? null : q);
                return;
            }
            ui.access(() -> {
                Runnable r;
                while ((r = work.poll()) != null) {
                    try {
                        r.run();
                    } catch (RuntimeException e) {
                        log.warn("Live update handler failed", e);
                    }
                }
            });
            queues.computeIfPresent(ui, (k, q) -> q == this && q.holders <= 0 && q.work.isEmpty() ? null : q);
        }
    }
}

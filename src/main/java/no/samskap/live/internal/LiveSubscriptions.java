package no.samskap.live.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import no.samskap.live.LiveUpdates;
import no.samskap.shared.LiveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The UIs on this node that want live events, and which events each one gets. */
@Component
class LiveSubscriptions implements LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscriptions.class);

    private final PushQueues queues;
    private final Map<Long, Subscription<?>> subscriptions = new ConcurrentHashMap<>();
    private final Map<Long, Resync> resyncs = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong();

    LiveSubscriptions(PushQueues queues) {
        this.queues = queues;
    }

    @Override
    public <E extends LiveEvent> Registration subscribe(
            UI ui, Class<E> type, Predicate<? super E> filter, Consumer<? super E> handler) {
        long id = nextId.incrementAndGet();
        queues.retain(ui);
        subscriptions.put(id, new Subscription<>(ui, type, filter, handler));
        return UiRegistrations.untilDetach(ui, () -> {
            subscriptions.remove(id);
            queues.release(ui);
        });
    }

    @Override
    public Registration onResync(UI ui, Runnable reload) {
        long id = nextId.incrementAndGet();
        queues.retain(ui);
        resyncs.put(id, new Resync(ui, reload));
        return UiRegistrations.untilDetach(ui, () -> {
            resyncs.remove(id);
            queues.release(ui);
        });
    }

    @Override
    public int subscriptionCount() {
        return subscriptions.size() + resyncs.size();
    }

    /** Hands the event to every UI subscribed to it. */
    void deliver(LiveEvent event) {
        // All of one event's work for a UI goes into its queue as one item, so a push cannot
        // take one view's part now and leave another's for the next push.
        Map<UI, List<Runnable>> work = new HashMap<>();
        for (Subscription<?> s : subscriptions.values()) {
            Runnable task = s.match(event);
            if (task != null) {
                work.computeIfAbsent(s.ui(), k -> new ArrayList<>(2)).add(task);
            }
        }
        work.forEach((ui, tasks) -> queues.enqueue(
                ui,
                tasks.size() == 1
                        ? tasks.getFirst()
                        : () -> tasks.forEach(task -> {
                            try {
                                task.run();
                            } catch (RuntimeException e) {
                                log.warn("Live update handler failed", e);
                            }
                        })));
    }

    /** Tells every UI on this node to reload its live state from the database. */
    void resync(String reason) {
        log.info("Live updates may have been missed ({}); {} UIs reload", reason, resyncs.size());
        for (Resync r : resyncs.values()) {
            queues.enqueue(r.ui(), r.reload());
        }
    }

    private record Resync(UI ui, Runnable reload) {}

    private record Subscription<E extends LiveEvent>(
            UI ui, Class<E> type, Predicate<? super E> filter, Consumer<? super E> handler) {

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
}

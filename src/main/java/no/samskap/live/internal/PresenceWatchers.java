package no.samskap.live.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import no.samskap.live.Visitor;

/** UIs watching places: each gets the place's list through its push queue after every change. */
final class PresenceWatchers {

    private final PushQueues queues;
    private final Function<String, List<Visitor>> list;
    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();

    /** @param list who is at a place now */
    PresenceWatchers(PushQueues queues, Function<String, List<Visitor>> list) {
        this.queues = queues;
        this.list = list;
    }

    Registration watch(UI ui, String place, Consumer<List<Visitor>> listener) {
        Watcher watcher = new Watcher(ui, place, listener);
        queues.retain(ui);
        watchers.computeIfAbsent(place, p -> ConcurrentHashMap.newKeySet()).add(watcher);
        watcher.schedule();
        return UiRegistrations.untilDetach(ui, () -> {
            queues.release(ui);
            watchers.computeIfPresent(place, (p, set) -> {
                set.remove(watcher);
                return set.isEmpty() ? null : set;
            });
        });
    }

    /** Tells everyone watching the place. */
    void changed(String place) {
        watchers.getOrDefault(place, Set.of()).forEach(Watcher::schedule);
    }

    /** Number of watchers on this node (for leak tests). */
    int count() {
        return watchers.values().stream().mapToInt(Set::size).sum();
    }

    /** One UI watching one place; at most one delivery waits at a time, and it reads the list when it runs. */
    private final class Watcher {
        final UI ui;
        final String place;
        final Consumer<List<Visitor>> listener;
        final AtomicBoolean pending = new AtomicBoolean();

        Watcher(UI ui, String place, Consumer<List<Visitor>> listener) {
            this.ui = ui;
            this.place = place;
            this.listener = listener;
        }

        void schedule() {
            if (pending.compareAndSet(false, true)) {
                queues.enqueue(ui, () -> {
                    pending.set(false);
                    listener.accept(list.apply(place));
                });
            }
        }
    }
}

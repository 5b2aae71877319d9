package no.samskap.live.internal;

import com.vaadin.flow.component.UI;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.samskap.live.LiveSettings;
import org.springframework.stereotype.Component;

/**
 * One push queue per UI on this node, kept while something is registered for the UI. Work for a
 * UI runs inside its {@code ui.access}; a lone piece of work is pushed at once, a burst is
 * coalesced to one push per push interval.
 */
@Component
class PushQueues {

    private final Map<UI, Held> queues = new ConcurrentHashMap<>();
    private final long intervalNanos;
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

    PushQueues(LiveSettings settings) {
        this.intervalNanos = settings.pushInterval().toNanos();
    }

    /** Keeps the UI's queue while something is registered for it. */
    void retain(UI ui) {
        queues.compute(ui, (k, held) -> {
            Held h = held == null ? new Held(ui) : held;
            h.holders++;
            return h;
        });
    }

    /**
     * Drops the UI's push queue once nothing is registered for it. Work still waiting was for
     * registrations that are gone, and a push that may never run (the UI's session closed with
     * it queued) must not keep the queue.
     */
    void release(UI ui) {
        queues.computeIfPresent(ui, (k, held) -> {
            if (--held.holders > 0) {
                return held;
            }
            held.queue.clear();
            return null;
        });
    }

    /** Runs the work in the UI, at once if the UI has been quiet, else with the rest of a burst. */
    void enqueue(UI ui, Runnable work) {
        queues.computeIfAbsent(ui, Held::new).queue.add(work);
    }

    /** Number of UIs with a push queue (for leak tests). */
    int queueCount() {
        return queues.size();
    }

    @PreDestroy
    void close() {
        scheduler.shutdownNow();
    }

    private void deliver(Held held, Runnable batch) {
        UI ui = held.ui;
        if (!ui.isAttached()) {
            held.queue.clear();
        } else {
            ui.access(batch::run);
        }
        // Work queued for a UI nothing is registered for any more leaves no queue behind either.
        queues.computeIfPresent(ui, (k, h) -> h == held && h.holders <= 0 ? null : h);
    }

    /** A UI's queue and the number of registrations that hold it. */
    private final class Held {
        final UI ui;
        final CoalescingQueue queue;
        int holders; // guarded by the queues map's compute

        Held(UI ui) {
            this.ui = ui;
            this.queue = new CoalescingQueue(
                    intervalNanos,
                    System::nanoTime,
                    (delay, task) -> {
                        try {
                            scheduler.schedule(task, delay, TimeUnit.NANOSECONDS);
                        } catch (java.util.concurrent.RejectedExecutionException stopping) {
                            // a stopping node detaches its UIs after the timer stopped: no one to push to
                        }
                    },
                    batch -> deliver(this, batch));
        }
    }
}

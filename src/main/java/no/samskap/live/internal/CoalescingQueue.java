package no.samskap.live.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work for one UI, delivered in batches with a leading and a trailing edge: the first work after
 * a quiet interval goes out at once; work that arrives within the interval after a delivery waits
 * for the interval's end and goes out together with the rest. So a lone event is never held back,
 * and a burst costs the browser at most one push per interval.
 */
final class CoalescingQueue {

    private static final Logger log = LoggerFactory.getLogger(CoalescingQueue.class);

    /** Runs a task after a delay (in nanoseconds). */
    interface Timer {
        void after(long delayNanos, Runnable task);
    }

    private final Queue<Runnable> work = new ConcurrentLinkedQueue<>();
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Timer timer;
    private final Consumer<Runnable> deliver;
    private boolean scheduled; // guarded by this
    private long quietFrom; // guarded by this: when the interval after the last delivery ends

    /**
     * @param deliver runs the batch it is given in one go and one batch at a time (for a UI: inside
     *                one {@code ui.access}, under the session lock, which is one push), so the order of work holds
     */
    CoalescingQueue(long intervalNanos, LongSupplier nanoClock, Timer timer, Consumer<Runnable> deliver) {
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
        this.timer = timer;
        this.deliver = deliver;
        this.quietFrom = nanoClock.getAsLong();
    }

    void add(Runnable task) {
        work.add(task);
        long delay;
        synchronized (this) {
            if (scheduled) {
                return; // the pending delivery takes it along
            }
            scheduled = true;
            delay = Math.max(0, quietFrom - nanoClock.getAsLong());
        }
        timer.after(delay, this::flush);
    }

    boolean isEmpty() {
        return work.isEmpty();
    }

    /** Forgets the work waiting, e.g. for a UI that has gone. */
    void clear() {
        work.clear();
    }

    private void flush() {
        synchronized (this) {
            scheduled = false;
            quietFrom = nanoClock.getAsLong() + intervalNanos;
        }
        deliver.accept(this::drain);
    }

    private void drain() {
        Runnable task;
        while ((task = work.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Live update handler failed", e);
            }
        }
    }
}

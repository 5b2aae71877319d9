package no.samskap.impact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an expensive refresh of a view at once when asked after a quiet spell, and at most once per
 * interval while requests keep coming: a burst of requests ends in one refresh that sees them all.
 * Ask only while holding the UI's lock (inside {@code ui.access}, where live handlers already run).
 */
final class Throttle {

    private final UI ui;
    private final long intervalNanos;
    private final Runnable refresh;
    private boolean ranBefore;
    private long lastRun;
    private boolean scheduled;

    Throttle(UI ui, Duration interval, Runnable refresh) {
        this.ui = ui;
        this.intervalNanos = interval.toNanos();
        this.refresh = refresh;
    }

    void request() {
        if (scheduled) {
            return; // the refresh already waiting will see this change too
        }
        long wait = ranBefore ? lastRun + intervalNanos - System.nanoTime() : 0;
        if (wait <= 0) {
            run();
            return;
        }
        scheduled = true;
        CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> {
            try {
                ui.access(() -> {
                    scheduled = false;
                    run();
                });
            } catch (UIDetachedException closed) {
                // The page was closed meanwhile: nobody is left to see the refresh.
            }
        });
    }

    private void run() {
        ranBefore = true;
        lastRun = System.nanoTime();
        refresh.run();
    }
}

package no.samskap.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pushes to one UI: a lone event at once, a burst together at the end of the interval, in order. */
class CoalescingQueueTest {

    static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(250);

    private record Due(long at, long order, Runnable task) {}

    private long now = TimeUnit.SECONDS.toNanos(1);
    private long scheduled;
    private final List<Due> timers = new ArrayList<>();
    private final List<List<String>> pushes = new ArrayList<>();
    private List<String> push;
    private final CoalescingQueue queue = new CoalescingQueue(
            INTERVAL, () -> now, (delay, task) -> timers.add(new Due(now + delay, scheduled++, task)), batch -> {
                push = new ArrayList<>();
                batch.run();
                pushes.add(push);
            });

    private void add(String event) {
        queue.add(() -> push.add(event));
    }

    /** Moves the clock on, running what falls due on the way. */
    private void advance(long millis) {
        long until = now + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            Due next = timers.stream()
                    .filter(d -> d.at() <= until)
                    .min(Comparator.comparingLong(Due::at).thenComparingLong(Due::order))
                    .orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            now = Math.max(now, next.at());
            next.task().run();
        }
        now = until;
    }

    @Test
    void aLoneEventIsPushedAtOnce() {
        add("a");
        advance(0);
        assertThat(pushes).containsExactly(List.of("a"));
    }

    @Test
    void aBurstIsHeldAndPushedTogetherAtTheEndOfTheInterval() {
        add("a");
        advance(10);
        add("b");
        advance(100);
        add("c");
        advance(100);
        assertThat(pushes).as("the first at once, the rest held").containsExactly(List.of("a"));
        advance(40);
        assertThat(pushes).containsExactly(List.of("a"), List.of("b", "c"));
    }

    @Test
    void afterAQuietIntervalTheNextEventIsPushedAtOnceAgain() {
        add("a");
        advance(0);
        add("b");
        advance(250);
        assertThat(pushes).containsExactly(List.of("a"), List.of("b"));
        advance(250);
        add("c");
        advance(0);
        assertThat(pushes).containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    void aSteadyStreamGetsOnePushPerIntervalInOrder() {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String event = "e" + i;
            sent.add(event);
            add(event);
            advance(10);
        }
        advance(250);
        assertThat(pushes).as("one push per 250 ms over a second of events").hasSizeBetween(4, 6);
        assertThat(pushes.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(sent);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aFailingHandlerDoesNotStopTheOthers() {
        queue.add(() -> {
            throw new IllegalStateException("a view failed");
        });
        add("b");
        advance(0);
        assertThat(pushes).containsExactly(List.of("b"));
    }
}

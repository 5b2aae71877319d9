package no.samskap.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.Registration;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import no.samskap.SamskapApplication;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.map.ViewportChangeEvent;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.proposals.ui.ProposalMapView;
import no.samskap.shared.AccountId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.VoteCast;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Live updates across two nodes, fan-out to many open maps and memory per open map; not part of
 * the suite, run it with {@code ./mvnw test -Dtest=LiveBenchmark -Dvaadin.skip} (see docs/benchmarks.md).
 */
class LiveBenchmark {

    static final String MEMBERS = "127.0.0.1:5911,127.0.0.1:5912";
    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final String MAP_PLACE = "map:baerum";
    static final String[] PEOPLE = {"kari", "solkraft", "saksbehandler", "fasilitator"};
    static final int WARM_UP = 100;
    static final int EVENTS = 1_000;
    static final long PACE_NANOS = 10_000_000;
    static final long RAW_PACE_NANOS = 5_000_000;
    static final int[] ANONYMOUS_UIS = {250, 500};
    static final int FAN_OUT_UIS = 2_000;
    static final int PAGES = 12;
    static final int PAGES_PACE_MILLIS = 25;
    static final int FAN_OUT_EVENTS = 20;
    static final long FAN_OUT_PACE_NANOS = 600_000_000L;

    /** When set, every push is encoded to the JSON a browser would receive, as the push connection does. */
    static volatile boolean encodePushes = true;
    /** The link the map views' live feed shows for the event being fanned out. */
    static volatile String expectedHref;

    static final AtomicLong viewsUpdated = new AtomicLong();
    static final LongAdder encodedChars = new LongAdder();

    /**
     * A UI that notes when its map view showed the current event and when it was pushed. Karibu's
     * push connection is never connected, so Vaadin only marks the push pending; encoding the
     * message here costs what a real push costs, except the write to the socket.
     */
    static final class BenchUi extends UI {
        UnorderedList feed;
        String seen;
        volatile long updated;
        volatile long pushed;

        @Override
        public void push() {
            long now = System.nanoTime();
            // Vaadin pushes right after the access task, so the view's handler has just run.
            String expected = expectedHref;
            boolean fresh = expected != null
                    && !expected.equals(seen)
                    && feed != null
                    && feed.getComponentCount() > 0
                    && find(feed.getComponentAt(0), Anchor.class, a -> expected.equals(a.getHref()))
                            .isPresent();
            if (encodePushes && getInternals().isDirty()) {
                encodedChars.add(
                        new UidlWriter().createUidl(this, true).toString().length());
            }
            super.push();
            if (fresh) {
                seen = expected;
                updated = now;
                pushed = System.nanoTime();
                viewsUpdated.incrementAndGet();
            }
        }
    }

    record Tab(BenchUi ui, PresenceAvatars avatars, LeafletMap map) {}

    private boolean nextSupport = true;
    /** A proposal whose vote is cast after the measured ones: once a UI shows it, nothing late or doubled can follow. */
    private ProposalId sentinel;

    private boolean nextSentinelSupport = true;

    @Test
    void liveUpdatesAcrossTheCluster() throws Exception {
        long began = System.nanoTime();
        // Vaadin's development-time component tracker keeps two stack traces per component. It
        // reads Karibu's mock servlet context, which is not in production mode; a real node is.
        Field tracker = ComponentTracker.class.getDeclaredField("disabled");
        tracker.setAccessible(true);
        Object trackerWas = tracker.get(null);
        tracker.set(null, Boolean.TRUE);

        Path dir = Files.createTempDirectory("samskap-live-bench");
        String cluster = "live-bench-" + UUID.randomUUID();
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        ConfigurableApplicationContext a = null;
        ConfigurableApplicationContext b = null;
        try {
            a = start(cluster, db, 5911, "250ms", true);
            b = start(cluster, db, 5912, "0ms", false);
            awaitTwoMembers(a);
            SignIn signIn = a.getBean(SignIn.class);
            signIn.as("kari");
            ProposalId target = a.getBean(ProposalService.class)
                    .createAndSubmit(
                            BAERUM,
                            new ProposalInput(
                                    "Benchmark: live updates",
                                    "",
                                    "BIKE_LANE",
                                    "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
            sentinel = a.getBean(ProposalService.class)
                    .createAndSubmit(
                            BAERUM,
                            new ProposalInput(
                                    "Benchmark: the last vote",
                                    "",
                                    "BIKE_LANE",
                                    "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
            signIn.out();

            rawTopic(a, b);
            crossNode(a, b, target, "0ms");
            // The push interval is read at start-up: node B starts again with the production value.
            b.close();
            b = start(cluster, db, 5912, "250ms", false);
            awaitTwoMembers(a);
            crossNode(a, b, target, "250ms");
            crossNodeManyPages(a, b, "250ms");
            openMaps(b);
        } finally {
            if (b != null) {
                b.close();
            }
            if (a != null) {
                a.close();
            }
            tracker.set(null, trackerWas);
        }
        System.out.printf(
                "BENCHMARK live: whole run %.0f s on %d cores%n",
                (System.nanoTime() - began) / 1e9, Runtime.getRuntime().availableProcessors());
    }

    private static ConfigurableApplicationContext start(
            String cluster, String db, int port, String pushInterval, boolean demoProposals) {
        SpringApplication app = new SpringApplication(SamskapApplication.class);
        // A servlet context is needed by the security configuration; without a frontend bundle
        // (-Dvaadin.skip) only production mode starts, and Karibu serves the views anyway.
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setAdditionalProfiles("test", "demo");
        return app.run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--vaadin.productionMode=true",
                "--spring.datasource.url=" + db,
                "--samskap.live.cluster-name=" + cluster,
                "--samskap.live.bind-address=127.0.0.1",
                "--samskap.live.port=" + port,
                "--samskap.live.members=" + MEMBERS,
                "--samskap.live.push-interval=" + pushInterval,
                // Karibu's tabs send no heartbeats, and the run takes minutes.
                "--samskap.live.presence-timeout=1h",
                "--samskap.proposals.demo-proposals=" + demoProposals);
    }

    private static void awaitTwoMembers(ConfigurableApplicationContext a) {
        HazelcastInstance hz = a.getBean(HazelcastInstance.class);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> hz.getCluster().getMembers().size() == 2);
        assertThat(hz.getCluster().getMembers())
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.getAddress().getHost()).isEqualTo("127.0.0.1"));
    }

    // ---- 1. the floor: a bare reliable topic from node A to node B -------------------------

    private void rawTopic(ConfigurableApplicationContext a, ConfigurableApplicationContext b) throws Exception {
        int total = WARM_UP + EVENTS;
        AtomicLongArray latency = new AtomicLongArray(total);
        AtomicInteger received = new AtomicInteger();
        AtomicInteger sentinels = new AtomicInteger();
        ITopic<Long> in = b.getBean(HazelcastInstance.class).getReliableTopic("bench-raw");
        // One JVM, so both ends read the same nanoTime clock.
        UUID listener = in.addMessageListener(m -> {
            long now = System.nanoTime();
            if (m.getMessageObject() == Long.MIN_VALUE) {
                sentinels.incrementAndGet();
                return;
            }
            int i = received.getAndIncrement();
            if (i < total) {
                latency.set(i, now - m.getMessageObject());
            }
        });
        ITopic<Long> out = a.getBean(HazelcastInstance.class).getReliableTopic("bench-raw");
        long previous = 0;
        for (int i = 0; i < total; i++) {
            previous = pace(previous, RAW_PACE_NANOS);
            out.publish(System.nanoTime());
        }
        // Published after the others: once it is in, anything late or doubled would be in before it.
        out.publish(Long.MIN_VALUE);
        await().atMost(Duration.ofSeconds(30)).until(() -> sentinels.get() == 1);
        in.removeMessageListener(listener);
        assertThat(received.get()).as("every message arrived, once").isEqualTo(total);
        long[] measured = new long[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            measured[i] = latency.get(WARM_UP + i);
        }
        System.out.printf(
                "BENCHMARK live raw reliable topic A->B: %d messages, one every %d ms: %s%n",
                EVENTS, RAW_PACE_NANOS / 1_000_000, percentiles(measured));
    }

    // ---- 2. a vote on node A, applied in a UI on node B ------------------------------------

    private void crossNode(
            ConfigurableApplicationContext a, ConfigurableApplicationContext b, ProposalId target, String pushInterval)
            throws Exception {
        int total = WARM_UP + EVENTS;
        long[] called = new long[total];
        long[] returned = new long[total];
        boolean[] support = new boolean[total];
        AtomicLongArray applied = new AtomicLongArray(total);
        AtomicIntegerArray supportSeen = new AtomicIntegerArray(total);
        AtomicInteger received = new AtomicInteger();
        Set<String> handlerThreads = ConcurrentHashMap.newKeySet();

        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), b, UI::new));
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        try {
            b.getBean(LiveUpdates.class)
                    .subscribe(ui, VoteCast.class, e -> e.proposal().equals(target), e -> {
                        long now = System.nanoTime();
                        int i = received.getAndIncrement();
                        if (i < total) {
                            applied.set(i, now);
                            supportSeen.set(i, e.tally().supportTotal());
                        }
                        handlerThreads.add(Thread.currentThread().getName());
                    });
            AtomicInteger sentinelsSeen = new AtomicInteger();
            b.getBean(LiveUpdates.class)
                    .subscribe(
                            ui,
                            VoteCast.class,
                            e -> e.proposal().equals(sentinel),
                            e -> sentinelsSeen.incrementAndGet());
            // Karibu keeps the session locked for the test thread, so ui.access would wait for the
            // next clientRoundtrip. Between a browser's requests the lock is free and ui.access runs
            // at once on the calling thread: free it here too.
            session.unlock();

            SignIn signIn = a.getBean(SignIn.class);
            VotingService voting = a.getBean(VotingService.class);
            signIn.as("solkraft");
            long previous = 0;
            try {
                for (int i = 0; i < total; i++) {
                    previous = pace(previous, PACE_NANOS);
                    // Alternating stances make every cast a change, hence exactly one VoteCast each.
                    support[i] = nextSupport;
                    nextSupport = !nextSupport;
                    called[i] = System.nanoTime();
                    voting.cast(target, support[i] ? Stance.SUPPORT : Stance.OPPOSE);
                    returned[i] = System.nanoTime();
                }
                castSentinel(voting);
            } finally {
                signIn.out();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> sentinelsSeen.get() == 1);
        } finally {
            session.lock();
            MockVaadin.tearDown();
        }

        assertThat(received.get()).as("every vote reached node B's UI, once").isEqualTo(total);
        for (int i = 0; i < total; i++) {
            assertThat(supportSeen.get(i)).as("vote %d arrived in order", i).isEqualTo(support[i] ? 1 : 0);
        }
        long[] latency = new long[EVENTS];
        long[] afterReturn = new long[EVENTS];
        long[] cast = new long[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            int j = WARM_UP + i;
            latency[i] = applied.get(j) - called[j];
            afterReturn[i] = applied.get(j) - returned[j];
            cast[i] = returned[j] - called[j];
        }
        System.out.printf(
                "BENCHMARK live vote on A -> handler in a UI on B, push interval %s, %d votes, one every"
                        + " %d ms: from calling cast() %s (target p95 <= 100 ms); cast() itself %s; from cast()"
                        + " returning %s; handlers ran on %s%n",
                pushInterval,
                EVENTS,
                PACE_NANOS / 1_000_000,
                percentiles(latency),
                percentiles(cast),
                percentiles(afterReturn),
                handlerThreads);
    }

    // ---- 2b. votes on many proposals, each watched by its own page on node B ---------------

    /**
     * The usual case: people look at different proposals, so each page gets an update now and
     * then, and the push interval holds nothing back. {@value #PAGES} pages on node B, votes on
     * node A going round them, one every {@value #PAGES_PACE_MILLIS} ms, so each page gets one
     * update per {@code PAGES * PAGES_PACE_MILLIS} ms (longer than the push interval).
     */
    private void crossNodeManyPages(
            ConfigurableApplicationContext a, ConfigurableApplicationContext b, String pushInterval) throws Exception {
        SignIn signIn = a.getBean(SignIn.class);
        ProposalService proposals = a.getBean(ProposalService.class);
        signIn.as("kari");
        List<ProposalId> targets = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            targets.add(proposals.createAndSubmit(
                    BAERUM,
                    new ProposalInput(
                            "Benchmark page " + i,
                            "",
                            "BIKE_LANE",
                            "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
        }
        signIn.out();
        int total = WARM_UP + EVENTS;
        long[] called = new long[total];
        AtomicLongArray applied = new AtomicLongArray(total);
        AtomicInteger received = new AtomicInteger();
        // Which vote each page's handler sees next: the votes go round the pages in order.
        AtomicIntegerArray nextOfPage = new AtomicIntegerArray(PAGES);
        for (int p = 0; p < PAGES; p++) {
            nextOfPage.set(p, p);
        }
        List<UI> uis = new ArrayList<>();
        List<VaadinSession> sessions = new ArrayList<>();
        AtomicInteger sentinelsSeen = new AtomicInteger();
        MockSpringServlet servlet = new MockSpringServlet(new Routes(), b, UI::new);
        try {
            for (int p = 0; p < PAGES; p++) {
                MockVaadin.setup(UI::new, servlet);
                UI ui = UI.getCurrent();
                int page = p;
                ProposalId proposal = targets.get(p);
                b.getBean(LiveUpdates.class)
                        .subscribe(ui, VoteCast.class, e -> e.proposal().equals(proposal), e -> {
                            long now = System.nanoTime();
                            int i = nextOfPage.getAndAdd(page, PAGES);
                            if (i < total) {
                                applied.set(i, now);
                            }
                            received.incrementAndGet();
                        });
                // Each page has its own queue: each must have shown the last vote.
                b.getBean(LiveUpdates.class)
                        .subscribe(
                                ui,
                                VoteCast.class,
                                e -> e.proposal().equals(sentinel),
                                e -> sentinelsSeen.incrementAndGet());
                uis.add(ui);
                sessions.add(ui.getSession());
                ui.getSession().unlock();
            }
            VotingService voting = a.getBean(VotingService.class);
            boolean[] support = new boolean[PAGES];
            Arrays.fill(support, true);
            signIn.as("solkraft");
            long previous = 0;
            try {
                for (int i = 0; i < total; i++) {
                    previous = pace(previous, PAGES_PACE_MILLIS * 1_000_000L);
                    int page = i % PAGES;
                    called[i] = System.nanoTime();
                    voting.cast(targets.get(page), support[page] ? Stance.SUPPORT : Stance.OPPOSE);
                    support[page] = !support[page];
                }
                castSentinel(voting);
            } finally {
                signIn.out();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> sentinelsSeen.get() == PAGES);
        } finally {
            for (UI ui : uis) {
                VaadinSession session = ui.getSession();
                session.lock();
                try {
                    ui.close();
                    session.removeUI(ui);
                } finally {
                    session.unlock();
                }
            }
            sessions.getLast().lock(); // as Karibu left it, for its tear-down
            MockVaadin.tearDown();
        }
        assertThat(received.get())
                .as("every vote reached its page on node B, once")
                .isEqualTo(total);
        long[] latency = new long[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            latency[i] = applied.get(WARM_UP + i) - called[WARM_UP + i];
        }
        System.out.printf(
                "BENCHMARK live vote on A -> its proposal's page on B, push interval %s, %d pages, %d votes,"
                        + " one every %d ms: from calling cast() %s (target p95 <= 100 ms)%n",
                pushInterval, PAGES, EVENTS, PAGES_PACE_MILLIS, percentiles(latency));
    }

    // ---- 3 and 4. many open maps on one node: memory, and one event to all of them ------------

    private void openMaps(ConfigurableApplicationContext b) throws Exception {
        LiveUpdates live = b.getBean(LiveUpdates.class);
        Presence presence = b.getBean(Presence.class);
        SignIn signIn = b.getBean(SignIn.class);
        // One servlet for all tabs, as a node has one: only sessions, UIs and views are per tab.
        MockSpringServlet servlet =
                new MockSpringServlet(new Routes().autoDiscoverViews("no.samskap"), b, BenchUi::new);
        int subscriptionsBefore = live.subscriptionCount();
        encodePushes = true;

        // The first tab initialises the servlet, routes and caches, which a node does once.
        openTabs(1, servlet, signIn, false).forEach(LiveBenchmark::close);

        // Anonymous visitors: every tab is another person on the map.
        List<Tab> anonymous = new ArrayList<>();
        long heapBefore = usedHeapAfterGc();
        for (int size : ANONYMOUS_UIS) {
            anonymous.addAll(openTabs(size - anonymous.size(), servlet, signIn, false));
            reportHeap("anonymous", anonymous, anonymous.size(), heapBefore);
        }
        presenceChange(presence, anonymous, anonymous.size());
        anonymous.forEach(LiveBenchmark::close);
        assertThat(live.subscriptionCount())
                .as("closed tabs leave no subscription")
                .isEqualTo(subscriptionsBefore);
        await().atMost(Duration.ofSeconds(10))
                .alias("closed tabs leave the map")
                .until(() -> presence.at(MAP_PLACE).isEmpty());
        anonymous.clear();

        // Signed-in tabs of the four Baerum demo accounts: the avatar lists stay short.
        heapBefore = usedHeapAfterGc();
        List<Tab> tabs = openTabs(FAN_OUT_UIS, servlet, signIn, true);
        reportHeap("signed in as 4 people", tabs, PEOPLE.length, heapBefore);
        presenceChange(presence, tabs, PEOPLE.length);

        ITopic<LiveEvent> topic = b.getBean(HazelcastInstance.class).getReliableTopic("samskap-live");
        fanOut(tabs, topic, false);
        ProposalSubmitted last = fanOut(tabs, topic, true);
        for (Tab tab : tabs) {
            VaadinSession session = tab.ui().getSession();
            session.lock();
            try {
                assertThat(tab.map().getFeatures())
                        .extracting(MapFeature::id)
                        .contains(last.proposal().toString());
            } finally {
                session.unlock();
            }
        }
        tabs.forEach(LiveBenchmark::close);
        assertThat(live.subscriptionCount()).isEqualTo(subscriptionsBefore);
        // Karibu tears down the session it set up last, locked as it left it.
        VaadinSession.getCurrent().lock();
        MockVaadin.tearDown();
    }

    /**
     * Opens the map in new browser sessions. Their session locks are held until all are open, as
     * if their first requests were still running, so presence updates each once at the end
     * instead of after every arrival (which would take minutes for thousands of anonymous tabs).
     */
    private static List<Tab> openTabs(int count, MockSpringServlet servlet, SignIn signIn, boolean signedIn) {
        long started = System.nanoTime();
        List<Tab> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (signedIn) {
                signIn.as(PEOPLE[i % PEOPLE.length]);
            }
            try {
                batch.add(openMap(servlet));
            } finally {
                signIn.out();
            }
        }
        long opened = System.nanoTime();
        batch.forEach(t -> t.ui().getSession().unlock());
        if (count > 1) {
            System.out.printf(
                    "BENCHMARK live opened %d map tabs in %.1f s; releasing them (each sends its first"
                            + " push: the page and the avatar list) took %.1f s%n",
                    count, (opened - started) / 1e9, (System.nanoTime() - opened) / 1e9);
        }
        return batch;
    }

    /** Opens the map in a new browser session, leaving the session locked. */
    private static Tab openMap(MockSpringServlet servlet) {
        MockVaadin.setup(BenchUi::new, servlet);
        BenchUi ui = (BenchUi) UI.getCurrent();
        assertThat(ui.getCurrentView()).isInstanceOf(ProposalMapView.class);
        LeafletMap map = find(ui, LeafletMap.class, c -> true).orElseThrow();
        // What the browser reports once the map is laid out: the view loads the markers in sight.
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 59.85, 10.35, 60.0, 10.7, 12, false));
        ui.feed = find(ui, UnorderedList.class, c -> c.hasClassName("samskap-live-feed"))
                .orElseThrow();
        return new Tab(ui, find(ui, PresenceAvatars.class, c -> true).orElseThrow(), map);
    }

    private static void reportHeap(String who, List<Tab> tabs, int people, long heapBefore) {
        assertThat(tabs).isNotEmpty();
        await().atMost(Duration.ofSeconds(60))
                .alias("every tab shows everyone on the map")
                .until(() -> tabs.stream().allMatch(t -> t.avatars().visitors().size() == people));
        long heap = usedHeapAfterGc();
        System.out.printf(
                "BENCHMARK live idle map UIs, %s: %d tabs on one node: %.0f KB retained heap per UI"
                        + " (%.0f MB in all; target <= 200 KB per UI)%n",
                who, tabs.size(), (heap - heapBefore) / 1024.0 / tabs.size(), (heap - heapBefore) / 1024.0 / 1024);
    }

    /** Someone more enters the map: how long until every open tab shows them. */
    private static void presenceChange(Presence presence, List<Tab> tabs, int people) {
        assertThat(tabs).isNotEmpty();
        VaadinSession session = tabs.getFirst().ui().getSession();
        Registration entered;
        long t0 = System.nanoTime();
        session.lock();
        try {
            entered = presence.enter(
                    tabs.getFirst().ui(), MAP_PLACE, new Visitor("bench:newcomer", "Ny Besøkende", false));
        } finally {
            session.unlock();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> tabs.stream().allMatch(t -> t.avatars().visitors().size() == people + 1));
        long took = System.nanoTime() - t0;
        session.lock();
        try {
            entered.remove();
        } finally {
            session.unlock();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> tabs.stream().allMatch(t -> t.avatars().visitors().size() == people));
        System.out.printf(
                "BENCHMARK live presence: one more visitor on a map open in %d tabs (%d people) shown in"
                        + " all of them after %.0f ms%n",
                tabs.size(), people, took / 1e6);
    }

    /** Closes the tab as Vaadin does when the browser's unload beacon arrives. */
    private static void close(Tab tab) {
        BenchUi ui = tab.ui();
        VaadinSession session = ui.getSession();
        session.lock();
        UI previous = UI.getCurrent();
        try {
            UI.setCurrent(ui);
            ui.close();
            session.removeUI(ui);
        } finally {
            UI.setCurrent(previous);
            session.unlock();
        }
    }

    /** Publishes new proposals to the cluster topic, one at a time, and times how long all tabs take to show each. */
    private static ProposalSubmitted fanOut(List<Tab> tabs, ITopic<LiveEvent> topic, boolean encode) throws Exception {
        encodePushes = encode;
        int n = tabs.size();
        long[] first = new long[FAN_OUT_EVENTS];
        long[] lastView = new long[FAN_OUT_EVENTS];
        long[] lastPush = new long[FAN_OUT_EVENTS];
        long chars = 0;
        ProposalSubmitted event = null;
        long previous = 0;
        for (int rep = -1; rep < FAN_OUT_EVENTS; rep++) { // the first round warms up
            // Longer apart than the push interval, so every event is a lone one for every tab.
            previous = pace(previous, FAN_OUT_PACE_NANOS);
            event = new ProposalSubmitted(
                    ProposalId.random(),
                    BAERUM,
                    "Fan-out " + rep,
                    Category.BIKE_LANE,
                    59.93,
                    10.55,
                    null,
                    AccountId.random(),
                    "Benchmark",
                    Instant.now());
            long viewsBefore = viewsUpdated.get();
            long charsBefore = encodedChars.sum();
            expectedHref = "proposals/" + event.proposal();
            long t0 = System.nanoTime();
            topic.publish(event);
            await().atMost(Duration.ofSeconds(30))
                    .alias("every map view showed the event")
                    .until(() -> viewsUpdated.get() >= viewsBefore + n);
            assertThat(viewsUpdated.get())
                    .as("every map view showed the event, once")
                    .isEqualTo(viewsBefore + n);
            if (rep >= 0) {
                first[rep] = tabs.stream().mapToLong(t -> t.ui().updated).min().orElseThrow() - t0;
                lastView[rep] =
                        tabs.stream().mapToLong(t -> t.ui().updated).max().orElseThrow() - t0;
                lastPush[rep] =
                        tabs.stream().mapToLong(t -> t.ui().pushed).max().orElseThrow() - t0;
                chars += encodedChars.sum() - charsBefore;
            }
        }
        System.out.printf(
                "BENCHMARK live fan-out of one new proposal to %d map UIs on one node, %s, %d events:"
                        + " first view updated %s; every view updated %s (target <= 200 ms)%s%n",
                n,
                encode ? "pushes encoded as for the browser" : "pushes not encoded",
                FAN_OUT_EVENTS,
                p50max(first),
                p50max(lastView),
                encode
                        ? String.format(
                                "; every push encoded %s; %.1f KB pushed per UI per event",
                                p50max(lastPush), chars / 1024.0 / n / FAN_OUT_EVENTS)
                        : "");
        return event;
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** A vote on the sentinel proposal; alternating, so every one is a change and sends one VoteCast. */
    private void castSentinel(VotingService voting) {
        voting.cast(sentinel, nextSentinelSupport ? Stance.SUPPORT : Stance.OPPOSE);
        nextSentinelSupport = !nextSentinelSupport;
    }

    private static <T extends Component> Optional<T> find(Component root, Class<T> type, Predicate<T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return Optional.of(type.cast(root));
        }
        return root.getChildren()
                .map(c -> find(c, type, test))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Starts the next event a gap after the previous one, so latency is measured, not a queue. */
    private static long pace(long previous, long gap) {
        long due = previous + gap;
        for (long now = System.nanoTime(); previous != 0 && now < due; now = System.nanoTime()) {
            LockSupport.parkNanos(due - now);
        }
        return System.nanoTime();
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static String percentiles(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(
                "p50 %s, p95 %s, p99 %s, max %s ms",
                ms(at(s, 0.50)), ms(at(s, 0.95)), ms(at(s, 0.99)), ms(s[s.length - 1]));
    }

    private static String p50max(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("p50 %s, max %s ms", ms(at(s, 0.50)), ms(s[s.length - 1]));
    }

    private static long at(long[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}

package no.samskap.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import no.samskap.SamskapApplication;
import no.samskap.live.internal.LiveGauges;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.VoteCast;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The correctness checks of {@code LiveBenchmark} at a small size, in every build: two nodes on
 * loopback, 100 votes on node A in a burst, a UI on node B. Every vote arrives exactly once and in
 * order (through the production push interval's coalescing), and when the UI goes, it leaves no
 * subscription, push queue, presence watcher or presence entry behind on either node.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LiveCorrectnessTest {

    static final String MEMBERS = "127.0.0.1:5951,127.0.0.1:5952";
    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final int VOTES = 100;

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path dir = Files.createTempDirectory("samskap-live-correctness");
        String cluster = "live-correctness-" + UUID.randomUUID();
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        nodeA = start(cluster, db, 5951, true);
        nodeB = start(cluster, db, 5952, false);
        HazelcastInstance a = nodeA.getBean(HazelcastInstance.class);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> a.getCluster().getMembers().size() == 2);
    }

    private static ConfigurableApplicationContext start(String cluster, String db, int port, boolean seed) {
        SpringApplication app = new SpringApplication(SamskapApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setAdditionalProfiles("test", "demo");
        // Without a frontend bundle (-Dvaadin.skip) only production mode starts; Karibu serves the views anyway.
        return app.run(
                "--server.port=0",
                "--vaadin.productionMode=true",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + db,
                "--samskap.live.cluster-name=" + cluster,
                "--samskap.live.bind-address=127.0.0.1",
                "--samskap.live.port=" + port,
                "--samskap.live.members=" + MEMBERS,
                "--samskap.live.push-interval=250ms",
                "--samskap.proposals.demo-proposals=" + seed);
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void everyVoteOnNodeAReachesAUiOnNodeBOnceAndInOrderAndNothingStaysBehind() {
        SignIn signIn = nodeA.getBean(SignIn.class);
        ProposalService proposals = nodeA.getBean(ProposalService.class);
        signIn.as("kari");
        ProposalId target;
        ProposalId sentinel;
        try {
            target = proposals.createAndSubmit(BAERUM, input("Correctness: votes"));
            sentinel = proposals.createAndSubmit(BAERUM, input("Correctness: the last vote"));
        } finally {
            signIn.out();
        }
        LiveGauges gaugesA = nodeA.getBean(LiveGauges.class);
        LiveGauges gaugesB = nodeB.getBean(LiveGauges.class);
        List<Integer> before = List.of(
                gaugesA.presenceEntries(),
                gaugesB.subscriptions(),
                gaugesB.pushQueues(),
                gaugesB.presenceWatchers(),
                gaugesB.presenceEntries());
        String place = "proposal:" + target;
        Presence presenceA = nodeA.getBean(Presence.class);

        List<Integer> supportSeen = new CopyOnWriteArrayList<>();
        List<ProposalId> sentinelSeen = new CopyOnWriteArrayList<>();
        List<List<Visitor>> presenceSeen = new CopyOnWriteArrayList<>();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), nodeB, UI::new));
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        try {
            LiveUpdates liveB = nodeB.getBean(LiveUpdates.class);
            Presence presenceB = nodeB.getBean(Presence.class);
            liveB.subscribe(
                    ui,
                    VoteCast.class,
                    e -> e.proposal().equals(target),
                    e -> supportSeen.add(e.tally().supportTotal()));
            liveB.subscribe(
                    ui, VoteCast.class, e -> e.proposal().equals(sentinel), e -> sentinelSeen.add(e.proposal()));
            presenceB.enter(ui, place, new Visitor("account:b", "Bente på B", false));
            presenceB.watch(ui, place, presenceSeen::add);
            // Between a browser's requests the session lock is free, and pushes run at once.
            session.unlock();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> presenceA.at(place).size() == 1);

            VotingService voting = nodeA.getBean(VotingService.class);
            List<Integer> expected = new ArrayList<>();
            signIn.as("solkraft");
            try {
                for (int i = 0; i < VOTES; i++) {
                    // Alternating stances make every cast a change, hence exactly one VoteCast each.
                    boolean support = i % 2 == 0;
                    voting.cast(target, support ? Stance.SUPPORT : Stance.OPPOSE);
                    expected.add(support ? 1 : 0);
                }
                // Sent after the others through the same topic: once it is shown, anything late or
                // doubled would have been shown before it.
                voting.cast(sentinel, Stance.SUPPORT);
            } finally {
                signIn.out();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> sentinelSeen.size() == 1);
            assertThat(supportSeen)
                    .as("every vote reached node B's UI, once and in order")
                    .isEqualTo(expected);
            assertThat(presenceSeen).as("the watcher saw the visitor").isNotEmpty();
            assertThat(presenceSeen.getLast()).extracting(Visitor::displayName).containsExactly("Bente på B");
        } finally {
            session.lock();
            MockVaadin.tearDown();
        }

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(List.of(
                                gaugesA.presenceEntries(),
                                gaugesB.subscriptions(),
                                gaugesB.pushQueues(),
                                gaugesB.presenceWatchers(),
                                gaugesB.presenceEntries()))
                        .as("entries on A; subscriptions, queues, watchers and entries on B")
                        .isEqualTo(before));
        await().atMost(Duration.ofSeconds(5)).until(() -> presenceA.at(place).isEmpty());
        assertThat(nodeB.getBean(Presence.class).at(place)).isEmpty();
    }

    private static ProposalInput input(String title) {
        return new ProposalInput(title, "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}");
    }
}

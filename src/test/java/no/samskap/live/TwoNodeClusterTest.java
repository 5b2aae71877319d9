package no.samskap.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.flow.component.UI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import no.samskap.SamskapApplication;
import no.samskap.identity.internal.LoginThrottle;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.protection.Limit;
import no.samskap.protection.RateLimitedException;
import no.samskap.protection.RateLimits;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.VoteCast;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Two application nodes in one JVM form a Hazelcast cluster on loopback over one database:
 * what happens on node A reaches a UI subscribed on node B.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static String cluster;
    static String db;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path dir = Files.createTempDirectory("samskap-cluster");
        cluster = "cluster-test-" + UUID.randomUUID();
        db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        nodeA = start(cluster, db, 5901);
        nodeB = start(cluster, db, 5902);
    }

    private static ConfigurableApplicationContext start(String cluster, String db, int port) {
        SpringApplication app = new SpringApplication(SamskapApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setAdditionalProfiles("test", "demo");
        // Without a frontend bundle (-Dvaadin.skip) only production mode starts; Karibu serves the views anyway.
        return app.run(
                "--server.port=0",
                "--vaadin.productionMode=true",
                "--spring.datasource.url=" + db,
                "--samskap.live.cluster-name=" + cluster,
                "--samskap.live.port=" + port,
                "--samskap.live.members=127.0.0.1:5901,127.0.0.1:5902,127.0.0.1:5903",
                "--samskap.proposals.demo-proposals=" + (port == 5901));
    }

    @AfterAll
    static void stop() {
        if (nodeB != null && nodeB.isActive()) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void rateLimitsAndLoginDelaysAreSharedByTheNodes() {
        awaitTwoMembers();
        RateLimits limitsA = nodeA.getBean(RateLimits.class);
        RateLimits limitsB = nodeB.getBean(RateLimits.class);
        String address = "203.0.113." + (int) (Math.random() * 200);
        // Ten registrations an hour per address (the shipped default), however the balancer spreads them.
        for (int i = 0; i < 5; i++) {
            limitsA.consume(Limit.REGISTRATION, address);
            limitsB.consume(Limit.REGISTRATION, address);
        }
        assertThatThrownBy(() -> limitsA.consume(Limit.REGISTRATION, address)).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> limitsB.consume(Limit.REGISTRATION, address)).isInstanceOf(RateLimitedException.class);

        LoginThrottle throttleA = nodeA.getBean(LoginThrottle.class);
        LoginThrottle throttleB = nodeB.getBean(LoginThrottle.class);
        for (int i = 0; i < 2; i++) {
            throttleA.recordFailure("saksbehandler", address);
            throttleB.recordFailure("saksbehandler", address);
        }
        assertThat(throttleB.waitBefore("saksbehandler", address)).isPresent();
        assertThat(throttleA.waitBefore("saksbehandler", address)).isPresent();
        throttleB.recordSuccess("saksbehandler", address);
        assertThat(throttleA.waitBefore("saksbehandler", address)).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aStrangerWithoutTheClusterNameCannotJoin() {
        awaitTwoMembers();
        Config config = new Config();
        config.setClusterName("samskap");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.getNetworkConfig().setPort(5905).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig()
                .getJoin()
                .getTcpIpConfig()
                .setEnabled(true)
                .setConnectionTimeoutSeconds(2)
                .setMembers(List.of("127.0.0.1:5901", "127.0.0.1:5902"));
        HazelcastInstance stranger = Hazelcast.newHazelcastInstance(config);
        try {
            assertThat(stranger.getCluster().getMembers()).hasSize(1);
            assertThat(nodeA.getBean(HazelcastInstance.class).getCluster().getMembers())
                    .hasSize(2)
                    .noneMatch(m -> m.getAddress().getPort() == 5905);
            assertThat(stranger.getMap("samskap-presence").size()).isZero();
        } finally {
            stranger.getLifecycleService().terminate();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    @ExtendWith(OutputCaptureExtension.class)
    void aClassOutsideTheAllowListIsRefusedAndTheNodeKeepsServing(CapturedOutput output) throws Exception {
        awaitTwoMembers();
        // Any serializable class outside our packages, as a gadget chain would use.
        LinkedMultiValueMap<String, String> foreign = new LinkedMultiValueMap<>();
        foreign.add("payload", "x");
        nodeA.getBean(HazelcastInstance.class).getReliableTopic("samskap-live").publish(foreign);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> output.getOut()
                        .contains("Resolving class org.springframework.util.LinkedMultiValueMap is not allowed"));

        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), nodeB, UI::new));
        List<Object> seenOnB = new CopyOnWriteArrayList<>();
        try {
            nodeB.getBean(LiveUpdates.class)
                    .subscribe(UI.getCurrent(), ProposalSubmitted.class, e -> true, seenOnB::add);
            SignIn signInA = nodeA.getBean(SignIn.class);
            signInA.as("kari");
            try {
                nodeA.getBean(ProposalService.class)
                        .createAndSubmit(
                                MunicipalityId.of("baerum"),
                                new ProposalInput(
                                        "Etter angrepet",
                                        "",
                                        "BIKE_LANE",
                                        "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
            } finally {
                signInA.out();
            }
            await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
                MockVaadin.clientRoundtrip(false);
                return seenOnB.size() == 1;
            });
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static void awaitTwoMembers() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> nodeA.getBean(HazelcastInstance.class)
                                .getCluster()
                                .getMembers()
                                .size()
                        == 2);
    }

    @Test
    @org.junit.jupiter.api.Order(10)
    void aDeadNodesVisitorsDisappearWithinTwentySeconds() throws Exception {
        ConfigurableApplicationContext nodeC = start(cluster, db, 5903);
        try {
            HazelcastInstance c = nodeC.getBean(HazelcastInstance.class);
            Presence presenceA = nodeA.getBean(Presence.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> c.getCluster().getMembers().size() >= 2);
            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), nodeC, UI::new));
            try {
                nodeC.getBean(Presence.class)
                        .enter(UI.getCurrent(), "workshop:x", new Visitor("guest:c", "Cecilie", true));
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> presenceA.at("workshop:x").size() == 1);
                // The node dies without saying goodbye.
                c.getLifecycleService().terminate();
                long died = System.nanoTime();
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> presenceA.at("workshop:x").isEmpty());
                System.out.printf(
                        "CLUSTER: a dead node's visitors gone from node A after %d ms%n",
                        (System.nanoTime() - died) / 1_000_000);
            } finally {
                MockVaadin.tearDown();
            }
        } finally {
            nodeC.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(20)
    void aProposalAndAVoteOnNodeAReachAUiOnNodeB() throws Exception {
        HazelcastInstance a = nodeA.getBean(HazelcastInstance.class);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.getCluster().getMembers().size() == 2);
        assertThat(a.getCluster().getMembers())
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.getAddress().getHost()).isEqualTo("127.0.0.1"));

        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), nodeB, UI::new));
        List<Object> seenOnB = new CopyOnWriteArrayList<>();
        try {
            LiveUpdates liveB = nodeB.getBean(LiveUpdates.class);
            liveB.subscribe(UI.getCurrent(), ProposalSubmitted.class, e -> true, seenOnB::add);
            liveB.subscribe(UI.getCurrent(), VoteCast.class, e -> true, seenOnB::add);

            SignIn signInA = nodeA.getBean(SignIn.class);
            signInA.as("kari");
            ProposalId id = nodeA.getBean(ProposalService.class)
                    .createAndSubmit(
                            MunicipalityId.of("baerum"),
                            new ProposalInput(
                                    "Fra node A",
                                    "",
                                    "BIKE_LANE",
                                    "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
            signInA.as("solkraft");
            nodeA.getBean(VotingService.class).cast(id, Stance.SUPPORT);
            signInA.out();

            long started = System.nanoTime();
            // Karibu holds the session lock for this thread, as a request would: run the pushes here.
            await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
                MockVaadin.clientRoundtrip(false);
                return seenOnB.size() >= 2;
            });
            System.out.printf(
                    "CLUSTER: node B's UI had both events %d ms after the vote on node A%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(seenOnB).hasSize(2);
            assertThat(seenOnB.get(0))
                    .isInstanceOfSatisfying(
                            ProposalSubmitted.class,
                            e -> assertThat(e.proposal()).isEqualTo(id));
            assertThat(seenOnB.get(1))
                    .isInstanceOfSatisfying(
                            VoteCast.class,
                            e -> assertThat(e.tally().supportTotal()).isEqualTo(1));
            // Node B reads what node A wrote: one database.
            assertThat(nodeB.getBean(ProposalService.class).find(id)).isPresent();
        } finally {
            MockVaadin.tearDown();
        }

        // Someone looks at the map on node B; node A sees them, and forgets them when B stops.
        Presence presenceA = nodeA.getBean(Presence.class);
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), nodeB, UI::new));
        try {
            nodeB.getBean(Presence.class)
                    .enter(UI.getCurrent(), "map:baerum", new Visitor("account:b", "Bente på B", false));
            var leaving = nodeB.getBean(Presence.class)
                    .enter(UI.getCurrent(), "map:baerum", new Visitor("guest:l", "Lars går snart", true));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> presenceA.at("map:baerum").size() == 2);
            assertThat(presenceA.at("map:baerum"))
                    .extracting(Visitor::displayName)
                    .containsExactly("Bente på B", "Lars går snart");

            // One of them closes the tab: node A hears of it from the map's removal event.
            leaving.remove();
            long left = System.nanoTime();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> presenceA.at("map:baerum").size() == 1);
            System.out.printf(
                    "CLUSTER: a visitor who left node B gone from node A after %d ms%n",
                    (System.nanoTime() - left) / 1_000_000);
            assertThat(presenceA.at("map:baerum"))
                    .extracting(Visitor::displayName)
                    .containsExactly("Bente på B");

            nodeB.close();
            long stopped = System.nanoTime();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> presenceA.at("map:baerum").isEmpty());
            System.out.printf(
                    "CLUSTER: node B's visitors gone from node A %d ms after B stopped%n",
                    (System.nanoTime() - stopped) / 1_000_000);
            assertThat(presenceA.at("map:baerum")).isEmpty();
        } finally {
            MockVaadin.tearDown();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.getCluster().getMembers().size() == 1);
        assertThat(nodeA.getBean(ProposalService.class).count(ProposalQuery.all(MunicipalityId.of("baerum"))))
                .isPositive();
    }
}

package no.samskap.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.flow.component.UI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import no.samskap.SamskapApplication;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSubmitted;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.VoteCast;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes in one JVM form a Hazelcast cluster on loopback over one database:
 * what happens on node A reaches a UI subscribed on node B.
 */
class TwoNodeClusterTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path dir = Files.createTempDirectory("samskap-cluster");
        String cluster = "cluster-test-" + UUID.randomUUID();
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        nodeA = start(cluster, db, 5901);
        nodeB = start(cluster, db, 5902);
    }

    private static ConfigurableApplicationContext start(String cluster, String db, int port) {
        SpringApplication app = new SpringApplication(SamskapApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setAdditionalProfiles("test", "demo");
        return app.run("--server.port=0", "--spring.datasource.url=" + db, "--samskap.live.cluster-name=" + cluster,
                "--samskap.live.port=" + port, "--samskap.live.members=127.0.0.1:5901,127.0.0.1:5902",
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
    void aProposalAndAVoteOnNodeAReachAUiOnNodeB() throws Exception {
        HazelcastInstance a = nodeA.getBean(HazelcastInstance.class);
        for (int i = 0; i < 100 && a.getCluster().getMembers().size() < 2; i++) {
            Thread.sleep(100);
        }
        assertThat(a.getCluster().getMembers()).hasSize(2);
        assertThat(a.getCluster().getMembers()).allSatisfy(m -> assertThat(m.getAddress().getHost()).isEqualTo("127.0.0.1"));

        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), nodeB, UI::new));
        List<Object> seenOnB = new CopyOnWriteArrayList<>();
        try {
            LiveUpdates liveB = nodeB.getBean(LiveUpdates.class);
            liveB.subscribe(UI.getCurrent(), ProposalSubmitted.class, e -> true, seenOnB::add);
            liveB.subscribe(UI.getCurrent(), VoteCast.class, e -> true, seenOnB::add);

            SignIn signInA = nodeA.getBean(SignIn.class);
            signInA.as("kari");
            ProposalId id = nodeA.getBean(ProposalService.class).createAndSubmit(MunicipalityId.of("baerum"),
                    new ProposalInput("Fra node A", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
            signInA.as("solkraft");
            nodeA.getBean(VotingService.class).cast(id, Stance.SUPPORT);
            signInA.out();

            long started = System.nanoTime();
            for (int i = 0; i < 100 && seenOnB.size() < 2; i++) {
                Thread.sleep(20);
                MockVaadin.clientRoundtrip(false);
            }
            System.out.printf("CLUSTER: node B's UI had both events %d ms after the vote on node A%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(seenOnB).hasSize(2);
            assertThat(seenOnB.get(0)).isInstanceOfSatisfying(ProposalSubmitted.class,
                    e -> assertThat(e.proposal()).isEqualTo(id));
            assertThat(seenOnB.get(1)).isInstanceOfSatisfying(VoteCast.class,
                    e -> assertThat(e.tally().supportTotal()).isEqualTo(1));
            // Node B reads what node A wrote: one database.
            assertThat(nodeB.getBean(ProposalService.class).find(id)).isPresent();
        } finally {
            MockVaadin.tearDown();
        }

        nodeB.close();
        for (int i = 0; i < 100 && a.getCluster().getMembers().size() > 1; i++) {
            Thread.sleep(100);
        }
        assertThat(a.getCluster().getMembers()).hasSize(1);
        assertThat(nodeA.getBean(ProposalService.class).count(
                no.samskap.proposals.ProposalQuery.all(MunicipalityId.of("baerum")))).isPositive();
    }
}

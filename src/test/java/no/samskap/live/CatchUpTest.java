package no.samskap.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.map.ViewportChangeEvent;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A node that falls so far behind that the cluster dropped events it had not read yet: its UIs
 * reload from the database, and what they already showed is not shown twice.
 */
@TestPropertySource(properties = "samskap.live.topic-capacity=10")
class CatchUpTest extends UiTest {

    /** A test event, published straight to the cluster topic. */
    record Ping(MunicipalityId municipality, int n) implements LiveEvent {}

    @Autowired
    LiveUpdates live;

    @Autowired
    HazelcastInstance hazelcast;

    @Autowired
    ProposalService proposals;

    @Test
    void aLaggingNodeReloadsItsUisFromTheDatabaseWithoutDuplicates() throws Exception {
        UI.getCurrent().navigate("");
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 59.85, 10.35, 60.0, 10.7, 12, true));
        int before = map.getFeatures().size();

        // Stall this node's topic listener, as a long GC pause or a busy node would.
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> pings = new CopyOnWriteArrayList<>();
        AtomicInteger reloads = new AtomicInteger();
        live.onResync(UI.getCurrent(), reloads::incrementAndGet);
        live.subscribe(
                UI.getCurrent(),
                Ping.class,
                p -> {
                    if (p.n() == 0) {
                        stalled.countDown();
                        hold(release);
                    }
                    return true;
                },
                p -> pings.add(p.n()));
        var topic = hazelcast.<LiveEvent>getReliableTopic("samskap-live");
        topic.publish(new Ping(MunicipalityId.of("baerum"), 0));
        assertThat(stalled.await(10, TimeUnit.SECONDS)).isTrue();

        // Meanwhile a proposal is submitted and more events than the topic keeps go by.
        ProposalId id = as(
                "kari",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        new ProposalInput(
                                "Mens noden sov",
                                "",
                                "BIKE_LANE",
                                "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
        for (int i = 1; i <= 50; i++) {
            topic.publish(new Ping(MunicipalityId.of("baerum"), i));
        }
        release.countDown();

        // Karibu holds the session lock for this thread, as a request would: run the pushes here.
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return reloads.get() > 0 && pings.contains(50);
        });
        assertThat(reloads.get())
                .as("the UIs were told to reload; events seen: %s", pings)
                .isEqualTo(1);
        assertThat(pings).as("events after the gap still arrive").contains(50).doesNotContain(20);
        List<String> ids = map.getFeatures().stream().map(MapFeature::id).toList();
        assertThat(ids).as("the missed proposal, once").containsOnlyOnce(id.toString());
        assertThat(ids).doesNotHaveDuplicates().hasSize(before + 1);
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

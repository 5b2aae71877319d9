package no.samskap.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import no.samskap.live.internal.LiveGauges;
import no.samskap.proposals.ui.ProposalListView;
import no.samskap.proposals.ui.ProposalMapView;
import no.samskap.support.SamskapTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 1,000 browser sessions open the live pages and go away: no subscription, push queue, presence
 * watcher or presence entry may stay behind.
 */
@SamskapTest
class ListenerLeakTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    LiveGauges gauges;

    @Autowired
    Presence presence;

    private record Counts(int subscriptions, int queues, int watchers, int entries) {}

    private Counts counts() {
        return new Counts(
                gauges.subscriptions(), gauges.pushQueues(), gauges.presenceWatchers(), gauges.presenceEntries());
    }

    @Test
    void uisThatComeAndGoLeaveNothingBehind() {
        Routes routes = new Routes().autoDiscoverViews("no.samskap");
        Counts before = counts();
        int onMapBefore = presence.at("map:baerum").size();
        Counts peak = before;
        for (int i = 0; i < 1_000; i++) {
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
            // Half open the map (live feed and presence), half the list (live tally).
            UI.getCurrent().navigate(i % 2 == 0 ? "" : "proposals");
            assertThat(UI.getCurrent().getCurrentView())
                    .isInstanceOf(i % 2 == 0 ? ProposalMapView.class : ProposalListView.class);
            Counts now = counts();
            peak = new Counts(
                    Math.max(peak.subscriptions(), now.subscriptions()),
                    Math.max(peak.queues(), now.queues()),
                    Math.max(peak.watchers(), now.watchers()),
                    Math.max(peak.entries(), now.entries()));
            MockVaadin.tearDown();
        }
        assertThat(peak.subscriptions()).as("a UI on the live pages subscribes").isGreaterThan(before.subscriptions());
        assertThat(peak.queues()).as("it has a push queue").isGreaterThan(before.queues());
        assertThat(peak.watchers()).as("it watches who is on the map").isGreaterThan(before.watchers());
        assertThat(peak.entries()).as("and is there itself").isGreaterThan(before.entries());
        // A queue whose last push is still running goes when that push is done.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(counts()).isEqualTo(before));
        // Leaving reaches the cluster's presence map asynchronously (a listener updates the mirror).
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(presence.at("map:baerum"))
                        .as("nobody is left on the map")
                        .hasSize(onMapBefore));
    }
}

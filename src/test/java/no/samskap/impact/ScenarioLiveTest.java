package no.samskap.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import no.samskap.impact.ui.ScenarioView;
import no.samskap.live.LiveUpdates;
import no.samskap.map.Maps;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.ProposalHidden;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import no.samskap.workshops.FacilitatorView;
import no.samskap.workshops.WorkshopEvent;
import no.samskap.workshops.WorkshopId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The scenario page follows live changes to proposals, recomputing at most once a second. */
class ScenarioLiveTest extends UiTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    ScenarioService scenarios;

    @Autowired
    ProposalService proposals;

    @Autowired
    SelectedMunicipality selected;

    @Autowired
    LiveUpdates live;

    @Autowired
    Maps maps;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ImpactSettings settings;

    final AtomicInteger recomputed = new AtomicInteger();

    @BeforeEach
    void openTheScenarioPage() {
        // The real service, counting how often the page recomputes its totals.
        ScenarioService counting = new ScenarioService(null, null, null, null, null, null, null) {
            @Override
            public ScenarioTotals compute(MunicipalityId municipality, List<ProposalId> ids) {
                recomputed.incrementAndGet();
                return scenarios.compute(municipality, ids);
            }

            @Override
            public boolean canSave() {
                return false;
            }
        };
        UI.getCurrent().add(new ScenarioView(counting, proposals, selected, live, maps, settings));
    }

    @Test
    void aLoneEventRecomputesPromptlyAndABurstRecomputesAtMostTwice() {
        int opened = recomputed.get();
        hide(1);
        awaitRecomputes(n -> n == opened + 1, Duration.ofSeconds(2));

        int beforeBurst = recomputed.get();
        hide(50);
        awaitRecomputes(n -> n > beforeBurst, Duration.ofSeconds(5));
        // However long one waits, the burst has cost no more than two recomputes.
        await().pollInSameThread()
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> roundtrip() <= beforeBurst + 2);
        assertThat(recomputed.get() - beforeBurst).isBetween(1, 2);
    }

    @Test
    void aFacilitatorPanningAWorkshopMapDoesNotReachThePage() {
        int opened = recomputed.get();
        for (int i = 0; i < 20; i++) {
            events.publishEvent(new WorkshopEvent.ViewMoved(
                    new WorkshopId(UUID.randomUUID()), BAERUM, new FacilitatorView(59.9 + i / 1000.0, 10.5, 13, true)));
        }
        // A proposal event sent after them arrives after them; by then they would have been handled.
        hide(1);
        awaitRecomputes(n -> n > opened, Duration.ofSeconds(3));
        await().pollInSameThread()
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> roundtrip() == opened + 1);
    }

    private void hide(int times) {
        for (int i = 0; i < times; i++) {
            events.publishEvent(new ProposalHidden(ProposalId.random(), BAERUM, false, "restored"));
        }
    }

    private void awaitRecomputes(IntPredicate condition, Duration atMost) {
        await().pollInSameThread().atMost(atMost).until(() -> condition.test(roundtrip()));
    }

    /** Runs what other threads queued for the UI, as a browser's round trip would, and counts the recomputes. */
    private int roundtrip() {
        MockVaadin.clientRoundtrip(false);
        return recomputed.get();
    }
}

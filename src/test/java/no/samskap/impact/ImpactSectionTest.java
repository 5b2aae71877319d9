package no.samskap.impact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import no.samskap.impact.internal.EstimateRecord;
import no.samskap.impact.internal.EstimateRecordRepository;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The estimate on the proposal page, without a browser. */
class ImpactSectionTest extends UiTest {

    static final String BEKKESTUA = "{\"type\":\"Point\",\"coordinates\":[10.5885,59.9181]}";

    @Autowired
    ProposalService proposals;

    @Autowired
    EstimateRecordRepository records;

    @Test
    void aSmallFigurePerInhabitantIsNotRoundedToZeroAndFollowsTheLanguage() {
        // 240 kg × 2.96 kg CO2e/kg = 0.7104 t (indirect); × 1000 / 20,000 inhabitants of Stabekk/Bekkestua = 0.036 kg
        ProposalId id = as(
                "kari",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        new ProposalInput(
                                "Mindre matsvinn i kantina",
                                "",
                                "FOOD_WASTE_REDUCTION",
                                BEKKESTUA,
                                Map.of("kgAvoided", 240.0))));

        UI.getCurrent().navigate("proposals/" + id);
        assertThat(_find(
                        Paragraph.class,
                        spec -> spec.withText("Per inhabitant of Stabekk/Bekkestua: 0.036 kg CO2e per year")))
                .hasSize(1);
        assertThat(ScenarioViewTest.figure("territorial"))
                .isEqualTo(
                        "Territorial: 0 t CO2e per year: nothing this measure avoids is counted in the municipal inventory");
        assertThat(ScenarioViewTest.figure("indirect")).startsWith("Indirect: 0.71 (P10–P90: 0.6");
        assertThat(ScenarioViewTest.figure("lifetime")).startsWith("Lifetime: 5 years");

        UI.getCurrent().setLocale(Locale.forLanguageTag("nb"));
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(_find(
                        Paragraph.class,
                        spec -> spec.withText("Per innbygger i Stabekk/Bekkestua: 0,036 kg CO2e per år")))
                .hasSize(1);
        assertThat(ScenarioViewTest.figure("indirect")).startsWith("Indirekte: 0,71");
    }

    @Test
    void aProposalFirstEstimatedWithAnOlderCatalogueSaysSo() {
        ProposalId id = as(
                "kari",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        new ProposalInput(
                                "Varmepumper i Bekkestua",
                                "",
                                "HEAT_PUMP",
                                BEKKESTUA,
                                Map.of("homes", 10.0, "type", 1.0))));
        // The submitted proposal's estimate is recorded with today's catalogue.
        await().pollInSameThread().until(() -> records.findById(id.value()).isPresent());
        assertThat(records.findById(id.value()).orElseThrow().catalogueVersion())
                .isEqualTo("2026.2");
        UI.getCurrent().navigate("proposals/" + id);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("samskap-version-note")))
                .isEmpty();

        records.save(new EstimateRecord(id.value(), "2026.1", 1.5, 2.25, Instant.now()));
        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate("proposals/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("samskap-version-note"))
                        .getText())
                .isEqualTo(
                        "First estimated with factor catalogue 2026.1: 1.5 t CO2e territorial and 2.2 t indirect per year."
                                + " Catalogue 2026.2 gives the figures shown.");
    }
}

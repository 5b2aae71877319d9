package no.samskap.impact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.impact.internal.Scenario;
import no.samskap.impact.internal.ScenarioRepository;
import no.samskap.map.FeatureClickEvent;
import no.samskap.map.LeafletMap;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessTemplate;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.support.Refusals;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Building, saving and reopening a scenario, without a browser. */
class ScenarioViewTest extends UiTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    SelectedMunicipality selected;

    @Autowired
    ScenarioRepository scenarioRows;

    @Test
    @SuppressWarnings("unchecked")
    void aSharedLinkOpensTheScenarioInItsOwnMunicipality() {
        MunicipalityId alesund = MunicipalityId.of("alesund");
        ProposalId solar = as(
                "ola",
                () -> proposals.createAndSubmit(
                        alesund,
                        new ProposalInput(
                                "Solceller på Aspøya",
                                "",
                                "ROOFTOP_SOLAR",
                                "{\"type\":\"Point\",\"coordinates\":[6.3,62.47]}",
                                Map.of("kwp", 10.0))));
        UUID saved = as("ola", () -> scenarios.save(alesund, "Sol i Ålesund", List.of(solar)));
        // A fresh visitor looks at the default municipality.
        assertThat(selected.get()).isEqualTo(MunicipalityId.of("baerum"));

        UI.getCurrent().navigate("scenarios/" + saved);
        assertThat(_find(H1.class, spec -> spec.withText("Scenarios for Ålesund")))
                .hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Scenario name"))
                        .getValue())
                .isEqualTo("Sol i Ålesund");
        assertThat(((Grid<ProposalSummary>) _get(Grid.class)).getSelectedItems())
                .extracting(ProposalSummary::id)
                .containsExactly(solar);
        // 10 kWp × 700 kWh/kWp on the west coast
        assertThat(figure("energy")).isEqualTo("Energy: 7 MWh per year");
        assertThat(selected.get()).isEqualTo(alesund);
    }

    @Autowired
    ProcessService processes;

    @Test
    @SuppressWarnings("unchecked")
    void aScenarioForAProcessStartsFromItsProposalsAndIsListedOnItsPage() {
        MunicipalityId alesund = MunicipalityId.of("alesund");
        ProcessId process = as("saksbehandler", () -> {
            ProcessId p = processes.create(
                    MunicipalityId.of("baerum"),
                    new ProcessInput(
                            "Klimabudsjett " + System.nanoTime(),
                            "",
                            null,
                            ProcessTemplate.PARTICIPATORY_BUDGET,
                            processes.template(ProcessTemplate.PARTICIPATORY_BUDGET)));
            processes.openNextPhase(p);
            return p;
        });
        String point = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";
        ProposalId inProcess = as(
                "kari",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        process,
                        new ProposalInput("Prosess-sol", "", "ROOFTOP_SOLAR", point, Map.of("kwp", 10.0))));

        logIn("kari");
        UI.getCurrent().navigate("scenarios", QueryParameters.of("process", process.toString()));
        assertThat(_find(
                        Anchor.class,
                        spec -> spec.withText(
                                processes.find(process).orElseThrow().title())))
                .hasSize(1);
        assertThat(((Grid<ProposalSummary>) _get(Grid.class)).getSelectedItems())
                .extracting(ProposalSummary::id)
                .containsExactly(inProcess);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Scenario name")), "Prosessens sol");
        _click(_get(Button.class, spec -> spec.withText("Save scenario")));
        SavedScenario saved = scenarios.inProcess(process, 10).getFirst();
        assertThat(saved.name()).isEqualTo("Prosessens sol");
        assertThat(saved.process()).isEqualTo(process);
        assertThat(scenarios.find(saved.id()).orElseThrow().process()).isEqualTo(process);

        // The process page lists it; a process of another municipality cannot own a scenario here.
        UI.getCurrent().navigate("processes/" + process);
        assertThat(_find(Anchor.class, spec -> spec.withText("Prosessens sol"))).hasSize(1);
        assertThat(Refusals.of(() -> scenarios.save(alesund, process, "Feil kommune", List.of(inProcess))))
                .isEqualTo("error.process.not-found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pickSaveAndShare() {
        signIn.as("kari");
        String point = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";
        ProposalId solar = proposals.createAndSubmit(
                MunicipalityId.of("baerum"),
                new ProposalInput("Scenario sol", "", "ROOFTOP_SOLAR", point, Map.of("kwp", 10.0)));
        ProposalId led = proposals.createAndSubmit(
                MunicipalityId.of("baerum"),
                new ProposalInput(
                        "Scenario LED",
                        "",
                        "LED_STREET_LIGHTING",
                        point,
                        Map.of("fittings", 200.0, "wattsBefore", 150.0, "wattsAfter", 50.0)));
        signIn.out();

        // A visitor sees why they cannot save; an account can.
        UI.getCurrent().navigate("scenarios");
        assertThat(_get(Button.class, spec -> spec.withText("Save scenario")).isEnabled())
                .isFalse();
        assertThat(_find(Paragraph.class).stream()
                        .filter(p -> p.getElement()
                                .getTextRecursively()
                                .startsWith("Saving and sharing a scenario needs an account.")))
                .hasSize(1);
        logIn("kari");
        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate("scenarios");
        Grid<ProposalSummary> grid = _get(Grid.class);
        grid.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(solar) || p.id().equals(led))
                .forEach(grid::select);
        // 8.5 + 200 × 100 W × 4,000 h = 80 MWh → 88.5 MWh
        assertThat(figure("energy")).isEqualTo("Energy: 88.5 MWh per year");

        // A filter hides the solar proposal from the list but keeps it in the scenario.
        _get(Select.class, spec -> spec.withLabel("Category")).setValue(Category.LED_STREET_LIGHTING);
        assertThat(figure("energy")).isEqualTo("Energy: 88.5 MWh per year");
        // Clicking the LED proposal on the map takes it out: 8.5 MWh left; clicking again puts it back.
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, led.toString()));
        assertThat(figure("energy")).isEqualTo("Energy: 8.5 MWh per year");
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, led.toString()));
        assertThat(figure("energy")).isEqualTo("Energy: 88.5 MWh per year");
        // Bærum publishes its target but no tonnes in our sources: the share is not shown, and the page says why.
        assertThat(
                        _find(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "The municipality’s emissions in tonnes are not set from a published source, so the share of the target is not shown.")))
                .hasSize(1);
        assertThat(figure("territorial")).startsWith("Territorial: ");
        assertThat(figure("indirect")).startsWith("Indirect: ");

        _click(_get(Button.class, spec -> spec.withText("Save scenario")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Scenario name"))
                        .isInvalid())
                .isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Scenario name")), "Sol og lys");
        _click(_get(Button.class, spec -> spec.withText("Save scenario")));
        String link = _find(Anchor.class).stream()
                .map(Anchor::getHref)
                .filter(h -> h.startsWith("scenarios/"))
                .findFirst()
                .orElseThrow();

        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate(link);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Scenario name"))
                        .getValue())
                .isEqualTo("Sol og lys");
        assertThat(((Grid<ProposalSummary>) _get(Grid.class)).getSelectedItems())
                .extracting(ProposalSummary::id)
                .containsExactlyInAnyOrder(solar, led);
        assertThat(figure("energy")).isEqualTo("Energy: 88.5 MWh per year");

        assertThat(_find(H1.class, spec -> spec.withText("Scenarios for Bærum")))
                .hasSize(1);

        // A second scenario with only the solar proposal, compared side by side with the first.
        UUID onlySolar = as("kari", () -> scenarios.save(MunicipalityId.of("baerum"), "Bare sol", List.of(solar)));
        UI.getCurrent().navigate("scenarios/" + onlySolar);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Link to another saved scenario")), "not a link");
        _click(_get(Button.class, spec -> spec.withText("Compare")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Link to another saved scenario"))
                        .isInvalid())
                .isTrue();
        _setValue(
                _get(TextField.class, spec -> spec.withLabel("Link to another saved scenario")),
                "http://127.0.0.1:8080/" + link);
        _click(_get(Button.class, spec -> spec.withText("Compare")));
        assertThat(_find(H1.class, spec -> spec.withText("Two scenarios side by side")))
                .hasSize(1);
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Bare sol", "Sol og lys");
        // 8.5 MWh alone; 88.5 MWh together with the LED lights; both scopes and the money in each column
        assertThat(_find(ListItem.class, spec -> spec.withClasses("impact-energy")))
                .extracting(i -> i.getElement().getTextRecursively())
                .containsExactly("Energy: 8.5 MWh per year", "Energy: 88.5 MWh per year");
        for (String figure : List.of("territorial", "indirect", "lifetime", "npv", "cost-per-tonne")) {
            assertThat(_find(ListItem.class, spec -> spec.withClasses("impact-" + figure)))
                    .as(figure)
                    .hasSize(2);
        }
    }

    @Test
    void aScenarioSavedWithAnOlderCatalogueSaysSoWhenTheFigureChanged() {
        signIn.as("kari");
        String point = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";
        ProposalId chargers = proposals.createAndSubmit(
                MunicipalityId.of("baerum"),
                new ProposalInput(
                        "Ladere ved stasjonen",
                        "",
                        "EV_CHARGING",
                        point,
                        Map.of("chargers", 10.0, "kwhPerCharger", 20_000.0)));
        signIn.out();
        UUID saved = as("kari", () -> scenarios.save(MunicipalityId.of("baerum"), "Ladere", List.of(chargers)));
        assertThat(scenarioRows.findById(saved).orElseThrow().catalogueVersion())
                .isEqualTo("2026.2");

        UI.getCurrent().navigate("scenarios/" + saved);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("samskap-version-note")))
                .isEmpty();

        // As if it had been saved under the first catalogue, which counted 120 t for the same chargers.
        Scenario row = scenarioRows.findById(saved).orElseThrow();
        row.record("2026.1", 120.0, 0.0);
        scenarioRows.save(row);
        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate("scenarios/" + saved);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("samskap-version-note"))
                        .getText())
                .isEqualTo(
                        "Saved with factor catalogue 2026.1, when it gave 120 t CO2e per year in the territorial scope."
                                + " Catalogue 2026.2 gives the figures shown.");
    }

    static String figure(String name) {
        return _get(ListItem.class, spec -> spec.withClasses("impact-" + name))
                .getElement()
                .getTextRecursively();
    }
}

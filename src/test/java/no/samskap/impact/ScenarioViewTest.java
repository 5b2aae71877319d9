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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.map.FeatureClickEvent;
import no.samskap.map.LeafletMap;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.MunicipalityId;
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
        UUID saved = scenarios.save(alesund, "Sol i Ålesund", List.of(solar));
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
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 7 MWh per year")))
                .hasSize(1);
        assertThat(selected.get()).isEqualTo(alesund);
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

        UI.getCurrent().navigate("scenarios");
        Grid<ProposalSummary> grid = _get(Grid.class);
        grid.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(solar) || p.id().equals(led))
                .forEach(grid::select);
        // 8.5 + 73 = 81.5 MWh; 0.1275 + 1.095 = 1.2225 t
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year")))
                .hasSize(1);

        // A filter hides the solar proposal from the list but keeps it in the scenario.
        _get(Select.class, spec -> spec.withLabel("Category")).setValue(Category.LED_STREET_LIGHTING);
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year")))
                .hasSize(1);
        // Clicking the LED proposal on the map takes it out: 8.5 MWh left; clicking again puts it back.
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, led.toString()));
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 8.5 MWh per year")))
                .hasSize(1);
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, led.toString()));
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year")))
                .hasSize(1);
        assertThat(_find(
                        ListItem.class,
                        spec -> spec.withText("No emissions baseline is configured for this municipality yet.")))
                .hasSize(1);

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
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year")))
                .hasSize(1);

        assertThat(_find(H1.class, spec -> spec.withText("Scenarios for Bærum")))
                .hasSize(1);

        // A second scenario with only the solar proposal, compared side by side with the first.
        UUID onlySolar = scenarios.save(MunicipalityId.of("baerum"), "Bare sol", List.of(solar));
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
        // 8.5 MWh alone; 81.5 MWh together with the LED lights
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 8.5 MWh per year")))
                .hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year")))
                .hasSize(1);
    }
}

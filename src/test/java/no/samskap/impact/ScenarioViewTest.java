package no.samskap.impact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Building, saving and reopening a scenario, without a browser. */
class ScenarioViewTest extends UiTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    ScenarioService scenarios;

    @Test
    @SuppressWarnings("unchecked")
    void pickSaveAndShare() {
        signIn.as("kari");
        String point = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";
        ProposalId solar = proposals.createAndSubmit(MunicipalityId.of("baerum"),
                new ProposalInput("Scenario sol", "", "ROOFTOP_SOLAR", point, Map.of("kwp", 10.0)));
        ProposalId led = proposals.createAndSubmit(MunicipalityId.of("baerum"), new ProposalInput("Scenario LED", "",
                "LED_STREET_LIGHTING", point, Map.of("fittings", 200.0, "wattsBefore", 150.0, "wattsAfter", 50.0)));
        signIn.out();

        UI.getCurrent().navigate("scenarios");
        Grid<ProposalSummary> grid = _get(Grid.class);
        grid.getListDataView().getItems().filter(p -> p.id().equals(solar) || p.id().equals(led))
                .forEach(grid::select);
        // 8.5 + 73 = 81.5 MWh; 0.1275 + 1.095 = 1.2225 t
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year"))).hasSize(1);

        // A filter hides the solar proposal from the list but keeps it in the scenario.
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Category"))
                .setValue(no.samskap.proposals.Category.LED_STREET_LIGHTING);
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year"))).hasSize(1);
        // Clicking the LED proposal on the map takes it out: 8.5 MWh left; clicking again puts it back.
        no.samskap.map.LeafletMap map = _get(no.samskap.map.LeafletMap.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(map, new no.samskap.map.FeatureClickEvent(map, true, led.toString()));
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 8.5 MWh per year"))).hasSize(1);
        com.vaadin.flow.component.ComponentUtil.fireEvent(map, new no.samskap.map.FeatureClickEvent(map, true, led.toString()));
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year"))).hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withText("No emissions baseline is configured for this municipality yet.")))
                .hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Save scenario")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Scenario name")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Scenario name")), "Sol og lys");
        _click(_get(Button.class, spec -> spec.withText("Save scenario")));
        String link = _find(Anchor.class).stream().map(Anchor::getHref).filter(h -> h.startsWith("scenarios/"))
                .findFirst().orElseThrow();

        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate(link);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Scenario name")).getValue()).isEqualTo("Sol og lys");
        assertThat(((Grid<ProposalSummary>) _get(Grid.class)).getSelectedItems()).extracting(ProposalSummary::id)
                .containsExactlyInAnyOrder(solar, led);
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year"))).hasSize(1);

        // A second scenario with only the solar proposal, compared side by side with the first.
        java.util.UUID onlySolar = scenarios.save(MunicipalityId.of("baerum"), "Bare sol", java.util.List.of(solar));
        UI.getCurrent().navigate("scenarios/" + onlySolar);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Link to another saved scenario")), "not a link");
        _click(_get(Button.class, spec -> spec.withText("Compare")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Link to another saved scenario")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Link to another saved scenario")),
                "http://127.0.0.1:8080/" + link);
        _click(_get(Button.class, spec -> spec.withText("Compare")));
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withText("Two scenarios side by side")))
                .isNotNull();
        // 8.5 MWh alone; 81.5 MWh together with the LED lights
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 8.5 MWh per year"))).hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withText("Energy: 81.5 MWh per year"))).hasSize(1);
    }
}

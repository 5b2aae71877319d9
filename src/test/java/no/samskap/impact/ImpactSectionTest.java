package no.samskap.impact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.Locale;
import java.util.Map;
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

    @Test
    void aSmallFigurePerInhabitantIsNotRoundedToZeroAndFollowsTheLanguage() {
        // 240 kg × 3.34 kg CO2e/kg = 0.8016 t; × 1000 / 20,000 inhabitants of Stabekk/Bekkestua = 0.04 kg
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
                        ListItem.class,
                        spec -> spec.withText("Per inhabitant of Stabekk/Bekkestua: 0.04 kg CO2e per year")))
                .hasSize(1);
        assertThat(_find(
                        ListItem.class,
                        spec -> spec.withText("Emissions avoided: 0.8 t CO2e per year (range 0.71 to 0.89)")))
                .hasSize(1);

        UI.getCurrent().setLocale(Locale.forLanguageTag("nb"));
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(_find(
                        ListItem.class,
                        spec -> spec.withText("Per innbygger i Stabekk/Bekkestua: 0,04 kg CO2e per år")))
                .hasSize(1);
    }
}

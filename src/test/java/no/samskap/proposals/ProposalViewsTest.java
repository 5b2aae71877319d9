package no.samskap.proposals;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.samskap.map.LeafletMap;
import no.samskap.map.ShapeDrawnEvent;
import no.samskap.moderation.ModerationService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The proposal views without a browser: real services and database, a mocked servlet. */
class ProposalViewsTest extends UiTest {

    static final String BEKKESTUA = "{\"type\":\"Point\",\"coordinates\":[10.5885,59.9181]}";
    static final String STOCKHOLM = "{\"type\":\"Point\",\"coordinates\":[18.07,59.33]}";

    @Autowired
    ProposalService proposals;

    @Autowired
    ModerationService moderation;

    @Test
    void anonymousVisitorsSeeTheMapWithTheWayToPropose() {
        UI.getCurrent().navigate("");
        assertThat(_get(Button.class, spec -> spec.withText("Propose a measure"))
                        .isEnabled())
                .isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Show the proposals as a list"))
                        .getHref())
                .isEqualTo("proposals");
        assertThat(_find(LeafletMap.class)).hasSize(1);
    }

    @Test
    void aResidentDrawsAndSubmitsAProposal() {
        logIn("kari");
        UI.getCurrent().navigate("proposals/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Solceller på Hosle skole");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Description")), "**150 kWp** på taket");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Category")), Category.ROOFTOP_SOLAR);
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ShapeDrawnEvent(map, true, BEKKESTUA));
        _click(_get(Button.class, spec -> spec.withText("Submit")));

        assertThat(_find(H1.class).stream().map(H1::getText)).containsExactly("Solceller på Hosle skole");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .startsWith("proposals/");
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsSaved() {
        logIn("kari");
        long before = proposals.count(new ProposalQuery(MunicipalityId.of("baerum"), null, null, null, null, true));
        UI.getCurrent().navigate("proposals/new");
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        TextField title = _get(TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("This field is required.");

        _setValue(title, "<script>alert('x')</script>");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Category")), Category.BIKE_LANE);
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        RadioButtonGroup<?> shape = _get(RadioButtonGroup.class, spec -> spec.withLabel("Place on the map as"));
        assertThat(shape.isInvalid()).isTrue();
        assertThat(shape.getErrorMessage()).isEqualTo("Draw the place on the map.");

        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ShapeDrawnEvent(map, true, STOCKHOLM));
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        assertThat(shape.getErrorMessage()).isEqualTo("The place must lie inside Bærum.");
        assertThat(proposals.count(new ProposalQuery(MunicipalityId.of("baerum"), null, null, null, null, true)))
                .isEqualTo(before);
    }

    @Test
    void theListIsHeadedProposalsAndFilters() {
        UI.getCurrent().navigate("proposals");
        assertThat(_find(H1.class).stream().map(H1::getText)).containsExactly("Proposals");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search")), "Fornebu");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(((ProposalSummary) GridKt._get(grid, i)).title()).contains("Fornebu");
        }
    }

    @Test
    void theListsCountFollowsAProposalSubmittedElsewhere() {
        UI.getCurrent().navigate("proposals");
        Paragraph count = _get(Paragraph.class, spec -> spec.withClasses("samskap-list-count"));
        Grid<?> grid = _get(Grid.class);
        long before = proposals.count(new ProposalQuery(MunicipalityId.of("baerum"), null, null, null, null, false));
        assertThat(count.getText()).isEqualTo(before + " proposals");

        as(
                "solkraft",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        new ProposalInput("Live i lista", "", "ROOFTOP_SOLAR", BEKKESTUA)));

        untilShown(() -> assertThat(count.getText()).isEqualTo((before + 1) + " proposals"));
        assertThat(GridKt._size(grid)).isEqualTo((int) before + 1);
    }

    @Test
    void aProposalSubmittedElsewhereAppearsOnAnOpenMapWithoutReload() {
        UI.getCurrent().navigate("");
        UnorderedList feed = _get(UnorderedList.class);
        assertThat(feed.getComponentCount()).isZero();

        as(
                "solkraft",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        new ProposalInput("Live: solceller på Stabekk", "", "ROOFTOP_SOLAR", BEKKESTUA)));
        untilShown(() -> assertThat(feed.getComponentCount()).isEqualTo(1));
        assertThat(_find(feed, Anchor.class).stream().map(Anchor::getText))
                .containsExactly("Live: solceller på Stabekk");
    }

    @Test
    void anOfficialAnswerAppearsLiveAndHiddenProposalsShowAPlaceholder() {
        ProposalId id = as(
                "kari",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"), new ProposalInput("Svar meg live", "", "BIKE_LANE", BEKKESTUA)));
        UI.getCurrent().navigate("proposals/" + id);
        assertThat(_find(H2.class, spec -> spec.withText("Answer from the municipality")))
                .isEmpty();
        as("saksbehandler", () -> {
            proposals.answer(id, ProposalState.UNDER_REVIEW, "Vi ser på det.");
            return id;
        });
        untilShown(() -> assertThat(_find(H2.class, spec -> spec.withText("Answer from the municipality")))
                .hasSize(1));

        as("saksbehandler", () -> {
            moderation.hide(ModerationService.proposal(id.value()), "test");
            return id;
        });
        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate("proposals/" + id);
        assertThat(_find(H1.class).stream().map(H1::getText)).containsExactly("Proposal hidden");
    }

    @Test
    void theFormAsksForTheModelsInputsAndThePageShowsTheEstimate() {
        logIn("kari");
        UI.getCurrent().navigate("proposals/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Solceller på Haslum skole");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Category")), Category.ROOFTOP_SOLAR);
        NumberField kwp = _get(NumberField.class, spec -> spec.withLabel("Capacity (kWp)"));
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ShapeDrawnEvent(map, true, BEKKESTUA));

        kwp.setValue(10_000_000.0);
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        assertThat(kwp.isInvalid()).isTrue();
        assertThat(kwp.getErrorMessage()).isEqualTo("Must be between 0.5 and 5000 (kWp).");

        kwp.setValue(10.0);
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        assertThat(_find(H1.class).stream().map(H1::getText)).containsExactly("Solceller på Haslum skole");
        // 10 kWp × 850 kWh/kWp = 8.5 MWh; 8,500 kWh × 0.015 kg/kWh = 0.1275 t, indirect (the municipal
        // inventory counts electricity as zero); no household answer, so no Enova support: 160,000 NOK
        assertThat(figure("energy")).isEqualTo("Energy: 8.5 MWh per year");
        assertThat(figure("territorial")).startsWith("Territorial: 0 t CO2e per year");
        assertThat(figure("indirect")).startsWith("Indirect: 0.13 (P10–P90: ");
        assertThat(figure("investment")).isEqualTo("Investment: 160,000 NOK");
        assertThat(figure("lifetime")).startsWith("Lifetime: 30 years");
        assertThat(figure("npv")).startsWith("Net present value: ");
        assertThat(figure("cost-per-tonne")).startsWith("Cost per tonne: ");
        assertThat(_find(Anchor.class, spec -> spec.withText("How we calculate")))
                .isNotEmpty();
        assertThat(_find(
                        ListItem.class,
                        spec -> spec.withText("7.2 Increase substantially the share of renewable energy")))
                .hasSize(1);
        assertThat(_find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively()))
                .anyMatch(t -> t.startsWith("Per inhabitant of Stabekk/Bekkestua: "));
    }

    @Test
    void contradictoryInputsAreRefusedAtTheFieldAndNothingIsSaved() {
        logIn("kari");
        UI.getCurrent().navigate("proposals/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Oppgradering av rådhuset");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Category")), Category.BUILDING_RETROFIT);
        ComponentUtil.fireEvent(_get(LeafletMap.class), new ShapeDrawnEvent(_get(LeafletMap.class), true, BEKKESTUA));
        _get(NumberField.class, spec -> spec.withLabel("Floor area (m²)")).setValue(2000.0);
        _get(NumberField.class, spec -> spec.withLabel("Energy label before (1 = A … 7 = G)"))
                .setValue(3.0);
        NumberField after = _get(NumberField.class, spec -> spec.withLabel("Energy label after (1 = A … 7 = G)"));
        after.setValue(5.0);
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        assertThat(after.isInvalid()).isTrue();
        assertThat(after.getErrorMessage())
                .isEqualTo("The label after must be better (a lower number) than the label before.");
        // Still on the form, with everything typed kept.
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue())
                .isEqualTo("Oppgradering av rådhuset");
        after.setValue(2.0);
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        assertThat(_find(H1.class).stream().map(H1::getText)).containsExactly("Oppgradering av rådhuset");
    }

    private static String figure(String name) {
        return _get(ListItem.class, spec -> spec.withClasses("impact-" + name))
                .getElement()
                .getTextRecursively();
    }
}

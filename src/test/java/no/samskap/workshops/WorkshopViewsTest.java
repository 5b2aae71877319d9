package no.samskap.workshops;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.map.ShapeDrawnEvent;
import no.samskap.map.ViewportChangeEvent;
import no.samskap.proposals.Category;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workshop views without a browser: joining, the room, and what others do arriving live. */
class WorkshopViewsTest extends UiTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final String SANDVIKA = "{\"type\":\"Point\",\"coordinates\":[10.53,59.895]}";

    @Autowired
    WorkshopService workshops;

    private WorkshopDetails newWorkshop() {
        return as("fasilitator", () -> {
            WorkshopService.Joined joined =
                    workshops.create(BAERUM, "Sandvika sentrum", WorkshopServiceTest.AREA, List.of());
            return workshops.details(joined.workshop(), joined.participant());
        });
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void aGuestJoinsByCodeAndPinsAnIdeaThatStaysText() {
        WorkshopDetails w = newWorkshop();
        UI.getCurrent().navigate("workshops");
        assertThat(_find(Button.class, spec -> spec.withText("New workshop")))
                .as("only for facilitators")
                .isEmpty();

        TextField code = _get(TextField.class, spec -> spec.withLabel("Join code"));
        _setValue(code, "ZZZZZZ");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Per Gjest");
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("No open workshop has this code");
        assertThat(path()).isEqualTo("workshops");

        _setValue(code, w.joinCode().toLowerCase());
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(path()).isEqualTo("workshops/" + w.id());
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Sandvika sentrum");
        assertThat(_find(Button.class, spec -> spec.withText("Start voting round")))
                .as("guests run nothing")
                .isEmpty();

        // Without a place the idea is refused with a message, and the text is kept.
        TextArea idea = _get(TextArea.class, spec -> spec.withLabel("Your idea"));
        _setValue(idea, "<img src=x onerror=alert(1)> Sykkelparkering");
        _click(_get(Button.class, spec -> spec.withText("Place idea")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("samskap-error"))
                        .getText())
                .startsWith("Click the map first");
        assertThat(idea.getValue()).endsWith("Sykkelparkering");

        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ShapeDrawnEvent(map, true, SANDVIKA));
        _click(_get(Button.class, spec -> spec.withText("Place idea")));
        Span text = _get(Span.class, spec -> spec.withClasses("samskap-idea-text"));
        // Vaadin sends a Span's text as a text node: typed markup shows as characters.
        assertThat(text.getElement().getChildCount()).isEqualTo(1);
        assertThat(text.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(text.getText()).isEqualTo("<img src=x onerror=alert(1)> Sykkelparkering");
        assertThat(idea.getValue()).isEmpty();
    }

    @Test
    void aParticipantNotYetJoinedIsSentToTheJoinPage() {
        WorkshopDetails w = newWorkshop();
        UI.getCurrent().navigate("workshops/" + w.id());
        assertThat(path()).startsWith("workshops/join");
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Join workshop");
    }

    @Test
    void aFacilitatorCreatesAWorkshopFromTheVisibleMapAndTurnsOnFollowMe() {
        logIn("fasilitator");
        UI.getCurrent().navigate("workshops");
        _click(_get(Button.class, spec -> spec.withText("New workshop")));
        assertThat(path()).isEqualTo("workshops/new");

        _click(_get(Button.class, spec -> spec.withText("Create workshop")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).isInvalid())
                .as("title required")
                .isTrue();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Fornebu");
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 59.88, 10.50, 59.91, 10.56, 14, false));
        _click(_get(Button.class, spec -> spec.withText("Create workshop")));
        assertThat(path()).matches("workshops/[0-9a-f-]{36}");
        WorkshopId id =
                WorkshopId.parse(path().substring("workshops/".length())).orElseThrow();

        Button followMe = _get(Button.class, spec -> spec.withText("Follow me"));
        assertThat(followMe.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(followMe);
        assertThat(followMe.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(workshops.sharedView(id))
                .hasValueSatisfying(v -> assertThat(v.followMe()).isTrue());
    }

    @Test
    void ideasRoundsAndDotsOfOthersArriveLive() {
        WorkshopDetails w = newWorkshop();
        UI.getCurrent().navigate("workshops");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Join code")), w.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Gro");
        _click(_get(Button.class, spec -> spec.withText("Join")));

        // Someone else, in another browser, pins an idea; the facilitator starts a round.
        WorkshopService.Joined other = workshops.join(w.joinCode(), "Ola Annen", List.of(), "127.0.0.1");
        Pin pin = workshops.placePin(w.id(), other.participant(), 59.896, 10.531, "Ladepunkter ved rådhuset");
        eventually(() -> assertThat(_find(Span.class, spec -> spec.withClasses("samskap-idea-text")))
                .extracting(Span::getText)
                .containsExactly("Ladepunkter ved rådhuset"));

        Round round =
                as("fasilitator", () -> workshops.startRound(w.id(), List.of(pin.itemKey()), 2, Duration.ofMinutes(2)));
        eventually(() -> assertThat(_find(Paragraph.class, spec -> spec.withClasses("samskap-dots-left")))
                .extracting(Paragraph::getText)
                .containsExactly("Dots left: 2 of 2"));
        _click(_get(Button.class, spec -> spec.withText("+")));
        _click(_get(Button.class, spec -> spec.withText("+")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("samskap-dots-left"))
                        .getText())
                .isEqualTo("Dots left: 0 of 2");
        assertThat(_get(Button.class, spec -> spec.withText("+")).isEnabled())
                .as("no dots left")
                .isFalse();

        as("fasilitator", () -> {
            workshops.endRound(w.id(), round.id());
            return null;
        });
        eventually(() -> assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Round 1 has ended."));
        assertThat(_find(Button.class, spec -> spec.withText("+")))
                .as("no voting after the end")
                .isEmpty();
    }

    @Test
    void aGuestsMapFollowsTheFacilitatorUntilTheyMoveItThemselves() {
        WorkshopDetails w = newWorkshop();
        UI.getCurrent().navigate("workshops");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Join code")), w.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Gro");
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(_find(Span.class, spec -> spec.withText("Your map follows the facilitator.")))
                .isEmpty();

        share(w, new FacilitatorView(59.9, 10.52, 16, true));
        eventually(() -> assertThat(_find(Span.class, spec -> spec.withText("Your map follows the facilitator.")))
                .hasSize(1));

        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 59.88, 10.50, 59.91, 10.56, 14, true));
        assertThat(_find(Span.class, spec -> spec.withText("You moved your map. ")))
                .hasSize(1);
        Button again = _get(Button.class, spec -> spec.withText("Follow the facilitator again"));
        assertThat(again.isEnabled()).isTrue();

        // Turning "follow me" off and on again asks everyone to follow again.
        share(w, new FacilitatorView(59.9, 10.52, 16, false));
        eventually(() -> assertThat(_find(Button.class, spec -> spec.withText("Follow the facilitator again")))
                .isEmpty());
        share(w, new FacilitatorView(59.9, 10.52, 16, true));
        eventually(() -> assertThat(_find(Span.class, spec -> spec.withText("Your map follows the facilitator.")))
                .hasSize(1));
    }

    @Test
    void theProjectorShowsIdeasAndTheRunningRoundLive() {
        WorkshopDetails w = newWorkshop();
        logIn("fasilitator");
        UI.getCurrent().navigate("workshops/" + w.id() + "/projector");
        assertThat(_get(Span.class, spec -> spec.withClasses("samskap-join-code-value"))
                        .getText())
                .isEqualTo(w.joinCode());
        LeafletMap map = _get(LeafletMap.class);
        assertThat(map.getFeatures()).isEmpty();

        Pin pin = as("kari", () -> {
            WorkshopService.Joined kari = workshops.join(w.joinCode(), null, List.of(), "127.0.0.1");
            return workshops.placePin(w.id(), kari.participant(), 59.896, 10.531, "Ladepunkter");
        });
        eventually(
                () -> assertThat(map.getFeatures()).extracting(MapFeature::id).containsExactly(pin.itemKey()));

        as("fasilitator", () -> workshops.startRound(w.id(), List.of(pin.itemKey()), 2, Duration.ofMinutes(2)));
        eventually(() ->
                assertThat(_find(Span.class)).extracting(Span::getText).contains("Round 1 is running. Time left: "));

        as(
                "fasilitator",
                () -> workshops.convertPin(w.id(), pin.id(), Category.BIKE_LANE, "Ladepunkter", "Fra verkstedet"));
        eventually(() -> assertThat(map.getFeatures())
                .singleElement()
                .satisfies(f -> assertThat(f.color()).as("a draft's colour").isEqualTo("#0f766e")));
    }

    @Test
    void whatTheUserTypedSurvivesTheRoomBeingShownAgain() {
        logIn("fasilitator");
        WorkshopService.Joined f = workshops.create(BAERUM, "Fornebu", WorkshopServiceTest.AREA, List.of());
        Pin benches = workshops.placePin(f.workshop(), f.participant(), 59.896, 10.531, "Benker");
        workshops.placePin(f.workshop(), f.participant(), 59.897, 10.532, "Trær");
        UI.getCurrent().navigate("workshops/" + f.workshop());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your idea")), "Flere lekeplasser");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Dots per person")), 1);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Minutes")), 5);
        _click(_get(Button.class, spec -> spec.withText("Start voting round")));
        RoundId round = workshops
                .details(f.workshop(), f.participant())
                .openRound()
                .orElseThrow()
                .id();

        // The same account spends its dot in another browser; the dot from this one is refused, and the
        // room is shown as it is now.
        as("fasilitator", () -> workshops.setDots(f.workshop(), round, f.participant(), benches.itemKey(), 1));
        _click(_find(Button.class, spec -> spec.withText("+")).stream()
                .filter(b -> b.getAriaLabel().orElse("").equals("Add a dot to Trær"))
                .findFirst()
                .orElseThrow());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("samskap-dots-left"))
                        .getText())
                .isEqualTo("Dots left: 0 of 1");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your idea")).getValue())
                .isEqualTo("Flere lekeplasser");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Dots per person"))
                        .getValue())
                .isEqualTo(1);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Minutes")).getValue())
                .isEqualTo(5);
    }

    private void share(WorkshopDetails w, FacilitatorView view) {
        as("fasilitator", () -> {
            workshops.shareView(w.id(), view);
            return null;
        });
    }

    /** Lets pushes from other threads in until the assertion holds (at most 10 s). */
    private static void eventually(ThrowingRunnable assertion) {
        // In this thread: the mocked UI is bound to it.
        await().atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> {
                    MockVaadin.clientRoundtrip(false);
                    assertion.run();
                });
    }
}

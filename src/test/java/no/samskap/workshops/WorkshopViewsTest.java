package no.samskap.workshops;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import no.samskap.map.LeafletMap;
import no.samskap.map.ShapeDrawnEvent;
import no.samskap.map.ViewportChangeEvent;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
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
            WorkshopService.Joined joined = workshops.create(BAERUM, "Sandvika sentrum", WorkshopServiceTest.AREA, List.of());
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
        assertThat(_find(Button.class, spec -> spec.withText("New workshop"))).as("only for facilitators").isEmpty();

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
        assertThat(_get(H1.class, spec -> spec.withText("Sandvika sentrum"))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withText("Start voting round"))).as("guests run nothing").isEmpty();

        // Without a place the idea is refused with a message, and the text is kept.
        TextArea idea = _get(TextArea.class, spec -> spec.withLabel("Your idea"));
        _setValue(idea, "<img src=x onerror=alert(1)> Sykkelparkering");
        _click(_get(Button.class, spec -> spec.withText("Place idea")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("samskap-error")).getText())
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
        assertThat(_get(H1.class, spec -> spec.withText("Join workshop"))).isNotNull();
    }

    @Test
    void aFacilitatorCreatesAWorkshopFromTheVisibleMapAndTurnsOnFollowMe() {
        logIn("fasilitator");
        UI.getCurrent().navigate("workshops");
        _click(_get(Button.class, spec -> spec.withText("New workshop")));
        assertThat(path()).isEqualTo("workshops/new");

        _click(_get(Button.class, spec -> spec.withText("Create workshop")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).isInvalid()).as("title required").isTrue();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Fornebu");
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 59.88, 10.50, 59.91, 10.56, 14, false));
        _click(_get(Button.class, spec -> spec.withText("Create workshop")));
        assertThat(path()).matches("workshops/[0-9a-f-]{36}");
        WorkshopId id = WorkshopId.parse(path().substring("workshops/".length())).orElseThrow();

        Button followMe = _get(Button.class, spec -> spec.withText("Follow me"));
        assertThat(followMe.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(followMe);
        assertThat(followMe.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(workshops.sharedView(id)).hasValueSatisfying(v -> assertThat(v.followMe()).isTrue());
    }

    @Test
    void ideasRoundsAndDotsOfOthersArriveLive() throws Exception {
        WorkshopDetails w = newWorkshop();
        UI.getCurrent().navigate("workshops");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Join code")), w.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Gro");
        _click(_get(Button.class, spec -> spec.withText("Join")));

        // Someone else, in another browser, pins an idea; the facilitator starts a round.
        WorkshopService.Joined other = workshops.join(w.joinCode(), "Ola Annen", java.util.List.of(), "127.0.0.1");
        Pin pin = workshops.placePin(w.id(), other.participant(), 59.896, 10.531, "Ladepunkter ved rådhuset");
        awaitUntil(() -> !_find(Span.class, spec -> spec.withClasses("samskap-idea-text")).isEmpty());
        assertThat(_find(Span.class, spec -> spec.withClasses("samskap-idea-text"))).extracting(Span::getText)
                .containsExactly("Ladepunkter ved rådhuset");

        Round round = as("fasilitator", () -> workshops.startRound(w.id(), List.of(pin.itemKey()), 2, Duration.ofMinutes(2)));
        awaitUntil(() -> !_find(Paragraph.class, spec -> spec.withClasses("samskap-dots-left")).isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("samskap-dots-left")).getText())
                .isEqualTo("Dots left: 2 of 2");
        _click(_get(Button.class, spec -> spec.withText("+")));
        _click(_get(Button.class, spec -> spec.withText("+")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("samskap-dots-left")).getText())
                .isEqualTo("Dots left: 0 of 2");
        assertThat(_get(Button.class, spec -> spec.withText("+")).isEnabled()).as("no dots left").isFalse();

        as("fasilitator", () -> {
            workshops.endRound(w.id(), round.id());
            return null;
        });
        awaitUntil(() -> !_find(Paragraph.class, spec -> spec.withText("Round 1 has ended.")).isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withText("Round 1 has ended."))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withText("+"))).isEmpty();
    }

    /** Lets pushes from other threads in until the condition holds (at most 10 s). */
    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
    }
}

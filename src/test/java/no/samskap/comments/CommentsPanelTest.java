package no.samskap.comments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.samskap.moderation.ModerationService;
import no.samskap.moderation.QueueItem;
import no.samskap.moderation.ReportReason;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The discussion on the proposal page, without a browser. */
class CommentsPanelTest extends UiTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    ModerationService moderation;

    @Test
    void postingAndReceivingCommentsLiveWithoutLosingWhatIsTyped() {
        ProposalId p = as(
                "solkraft",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        new ProposalInput(
                                "Snakk om meg",
                                "",
                                "BIKE_LANE",
                                "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
        logIn("kari");
        UI.getCurrent().navigate("proposals/" + p);

        _get(RadioButtonGroup.class, spec -> spec.withLabel("Stance")).setValue(CommentStance.FOR);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Comment")), "Flott idé");
        _click(_get(Button.class, spec -> spec.withText("Post")));
        assertThat(_find(Button.class, spec -> spec.withText("Reply"))).hasSize(1);

        TextArea composer = _get(TextArea.class, spec -> spec.withLabel("Comment"));
        _setValue(composer, "Jeg skriver fortsatt");
        _click(_get(Button.class, spec -> spec.withText("Reply")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your reply")), "Halvferdig svar");

        as("solkraft", () -> comments.post(p, null, CommentStance.NEUTRAL, "Takk for støtten"));
        untilShown(() ->
                assertThat(_find(Button.class, spec -> spec.withText("Reply"))).hasSize(2));
        assertThat(composer.getValue()).isEqualTo("Jeg skriver fortsatt");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your reply")).getValue())
                .isEqualTo("Halvferdig svar");
    }

    @Test
    void othersCommentsCanBeReportedFromTheThreadAndOnesOwnCannot() {
        ProposalId p = as(
                "solkraft",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        new ProposalInput(
                                "Rapporter meg",
                                "",
                                "BIKE_LANE",
                                "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
        CommentId theirs = as("solkraft", () -> comments.post(p, null, CommentStance.AGAINST, "Stygt innlegg"));
        as("kari", () -> comments.post(p, null, CommentStance.FOR, "Mitt innlegg"));
        logIn("kari");
        UI.getCurrent().navigate("proposals/" + p);

        List<Button> reportButtons = _find(Button.class, spec -> spec.withText("Report"));
        // The proposal's own button, and one for Solkraft's comment; none for Kari's.
        assertThat(reportButtons.stream().map(b -> b.getElement().getAttribute("aria-label")))
                .containsExactlyInAnyOrder(null, "Report the comment by Solkraft AS");
        _click(reportButtons.stream()
                .filter(b -> b.getElement().getAttribute("aria-label") != null)
                .findFirst()
                .orElseThrow());

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Report this comment");
        _click(_get(dialog, Button.class, spec -> spec.withText("Report")));
        RadioButtonGroup<?> reason = _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("Choose a reason.");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("More details (optional)")), "Personangrep");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportReason> reasons = (RadioButtonGroup<ReportReason>) reason;
        reasons.setValue(ReportReason.OFFENSIVE);
        _click(_get(dialog, Button.class, spec -> spec.withText("Report")));
        assertThat(dialog.isOpened()).isFalse();

        List<QueueItem> queue = as("saksbehandler", () -> moderation.queue(MunicipalityId.of("baerum")));
        assertThat(queue)
                .filteredOn(i -> i.content().id().equals(theirs.value()))
                .singleElement()
                .satisfies(i -> assertThat(i.details()).containsExactly("Personangrep"));
    }

    @Test
    void anEmptyCommentIsRefusedNextToTheField() {
        ProposalId p = as(
                "solkraft",
                () -> proposals.createAndSubmit(
                        MunicipalityId.of("baerum"),
                        new ProposalInput(
                                "Tom kommentar",
                                "",
                                "BIKE_LANE",
                                "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
        logIn("kari");
        UI.getCurrent().navigate("proposals/" + p);
        _click(_get(Button.class, spec -> spec.withText("Post")));
        TextArea composer = _get(TextArea.class, spec -> spec.withLabel("Comment"));
        assertThat(composer.isInvalid()).isTrue();
        assertThat(composer.getErrorMessage()).isEqualTo("This field is required.");
    }
}

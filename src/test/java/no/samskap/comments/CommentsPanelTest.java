package no.samskap.comments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import java.util.function.Supplier;
import no.samskap.identity.SignedInUser;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The discussion on the proposal page, without a browser. */
class CommentsPanelTest extends UiTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    CommentService comments;

    @Test
    void postingAndReceivingCommentsLiveWithoutLosingWhatIsTyped() throws InterruptedException {
        ProposalId p = as("solkraft", () -> proposals.createAndSubmit(MunicipalityId.of("baerum"), new ProposalInput(
                "Snakk om meg", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
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
        for (int i = 0; i < 50 && _find(Button.class, spec -> spec.withText("Reply")).size() < 2; i++) {
            Thread.sleep(20);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(_find(Button.class, spec -> spec.withText("Reply"))).hasSize(2);
        assertThat(composer.getValue()).isEqualTo("Jeg skriver fortsatt");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your reply")).getValue()).isEqualTo("Halvferdig svar");
    }

    @Test
    void anEmptyCommentIsRefusedNextToTheField() {
        ProposalId p = as("solkraft", () -> proposals.createAndSubmit(MunicipalityId.of("baerum"), new ProposalInput(
                "Tom kommentar", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
        logIn("kari");
        UI.getCurrent().navigate("proposals/" + p);
        _click(_get(Button.class, spec -> spec.withText("Post")));
        TextArea composer = _get(TextArea.class, spec -> spec.withLabel("Comment"));
        assertThat(composer.isInvalid()).isTrue();
        assertThat(composer.getErrorMessage()).isEqualTo("This field is required.");
    }
}

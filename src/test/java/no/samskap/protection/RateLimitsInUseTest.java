package no.samskap.protection;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.comments.UserMentioned;
import no.samskap.identity.AccountService;
import no.samskap.identity.Role;
import no.samskap.impact.ScenarioService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import no.samskap.voting.Stance;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The write limits as users meet them: per account, with a message that says how long to wait. */
@TestPropertySource(
        properties = {
            "samskap.protection.limits.comment.capacity=3",
            "samskap.protection.limits.comment.period=10m",
            "samskap.protection.limits.vote.capacity=2",
            "samskap.comments.max-mentions=10"
        })
@RecordApplicationEvents
class RateLimitsInUseTest extends UiTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    VotingService voting;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    AccountService accounts;

    @Autowired
    RateLimits limits;

    @Autowired
    ApplicationEvents events;

    private ProposalId proposal(String title) {
        return as(
                "solkraft",
                () -> proposals.createAndSubmit(
                        BAERUM,
                        new ProposalInput(
                                title, "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
    }

    @Test
    void anAllowanceIsPerSubjectAndSaysHowLongToWait() {
        String subject = "test-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            limits.consume(Limit.COMMENT, subject);
        }
        assertThatThrownBy(() -> limits.consume(Limit.COMMENT, subject))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.rate-limited");
                    assertThat(e.retryAfter()).isPositive();
                    // Three per 10 minutes, refilled gradually: one comes back within 200 seconds.
                    assertThat(e.retryAfter().toSeconds()).isLessThanOrEqualTo(200);
                });
        assertThat(limits.waitFor(Limit.COMMENT, subject)).isPresent();
        assertThat(limits.waitFor(Limit.COMMENT, subject + "-other")).isEmpty();
        limits.consume(Limit.VOTE, subject); // another action has its own allowance
    }

    @Test
    void aCommenterOverTheLimitIsToldAndKeepsWhatTheyTyped() {
        ProposalId p = proposal("Grens for kommentarer");
        for (int i = 0; i < 3; i++) {
            int n = i;
            as("kari", () -> comments.post(p, null, CommentStance.FOR, "Innlegg " + n));
        }
        logIn("kari");
        UI.getCurrent().navigate("proposals/" + p);
        TextArea composer = _get(TextArea.class, spec -> spec.withLabel("Comment"));
        _setValue(composer, "Et langt og gjennomtenkt innlegg");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withText("Post"))))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        e -> assertThat(UI.getCurrent().getTranslation(Locale.ENGLISH, e.messageKey(), e.arguments()))
                                .startsWith("You have done this many times in a short while. Wait ")
                                .contains("what you typed is kept"));
        assertThat(composer.getValue()).isEqualTo("Et langt og gjennomtenkt innlegg");
        // Someone else may still comment.
        assertThat(as("solkraft", () -> comments.post(p, null, CommentStance.NEUTRAL, "Svar")))
                .isNotNull();
    }

    @Test
    void votesAreLimitedPerAccountAcrossProposals() {
        ProposalId a = proposal("Stemme A");
        ProposalId b = proposal("Stemme B");
        ProposalId c = proposal("Stemme C");
        as("kari", () -> voting.cast(a, Stance.SUPPORT));
        as("kari", () -> voting.cast(b, Stance.SUPPORT));
        assertThatThrownBy(() -> as("kari", () -> voting.cast(c, Stance.SUPPORT)))
                .isInstanceOf(RateLimitedException.class);
        assertThat(as("kari", () -> voting.myVote(c))).isEmpty();
        assertThat(as("solkraft", () -> voting.cast(c, Stance.SUPPORT)).supportTotal())
                .isEqualTo(1);
    }

    @Test
    void savingAScenarioNeedsAnAccount() {
        ProposalId p = proposal("Scenario-grunnlag");
        assertThat(scenarios.canSave()).isFalse();
        assertThatThrownBy(() -> scenarios.save(BAERUM, "Uten konto", List.of(p)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("kari", () -> scenarios.save(BAERUM, "Med konto", List.of(p))))
                .isNotNull();
    }

    @Test
    void oneCommentsMentionsCostOneBoundedLookup() {
        StringBuilder body = new StringBuilder("Hei");
        for (int i = 0; i < 15; i++) {
            String name = "nevnt" + i + "x" + UUID.randomUUID().toString().substring(0, 6);
            accounts.createIfMissing(name, "Nevnt " + i, name + "@example.org", BAERUM, Role.RESIDENT, null, "x");
            body.append(" @").append(name);
        }
        for (int i = 0; i < 100; i++) {
            body.append(" @u").append(i);
        }
        ProposalId p = proposal("Nevn mange");
        as("solkraft", () -> comments.post(p, null, CommentStance.NEUTRAL, body.toString()));
        assertThat(events.stream(UserMentioned.class).filter(m -> m.proposal().equals(p)))
                .as("only the first ten names are looked up and notified")
                .hasSize(10);
    }
}

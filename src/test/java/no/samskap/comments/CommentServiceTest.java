package no.samskap.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import no.samskap.moderation.ContentRef;
import no.samskap.moderation.ContentType;
import no.samskap.moderation.ModerationService;
import no.samskap.moderation.ReportReason;
import no.samskap.notifications.NotificationKind;
import no.samskap.notifications.NotificationService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SamskapTest
@RecordApplicationEvents
class CommentServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    CommentService comments;

    @Autowired
    ProposalService proposals;

    @Autowired
    NotificationService notifications;

    @Autowired
    ModerationService moderation;

    @Autowired
    SignIn signIn;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ProposalId proposal() {
        signIn.as("kari");
        ProposalId id = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput(
                        "Diskuter meg", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
        signIn.out();
        return id;
    }

    @Test
    void aThreadInReadingOrderWithSafeHtml() {
        ProposalId p = proposal();
        signIn.as("solkraft");
        CommentId first = comments.post(p, null, CommentStance.FOR, "Vi kan **levere** <script>x()</script>");
        signIn.as("kari");
        CommentId second = comments.post(p, null, CommentStance.NEUTRAL, "Når?");
        CommentId reply = comments.post(p, first, CommentStance.AGAINST, "Hva koster det?");

        List<CommentView> thread = comments.thread(p);
        assertThat(thread).extracting(CommentView::id).containsExactly(first, reply, second);
        assertThat(thread.get(1).depth()).isEqualTo(1);
        assertThat(thread.get(0).html()).contains("<strong>levere</strong>").doesNotContain("<script");
        assertThat(thread.get(1).editable()).isTrue();
        assertThat(thread.get(0).editable()).isFalse();
        assertThat(events.stream(CommentPosted.class).filter(e -> e.proposal().equals(p)))
                .hasSize(3);
    }

    @Test
    void deletedCommentsKeepTheirRepliesAndEditsAreMarked() {
        ProposalId p = proposal();
        signIn.as("solkraft");
        CommentId top = comments.post(p, null, CommentStance.FOR, "Første");
        comments.edit(top, "Første, rettet");
        signIn.as("kari");
        CommentId reply = comments.post(p, top, CommentStance.FOR, "Enig");
        assertThatThrownBy(() -> comments.delete(top)).isInstanceOf(AccessDeniedException.class);
        signIn.as("solkraft");
        comments.delete(top);

        List<CommentView> thread = comments.thread(p);
        assertThat(thread).extracting(CommentView::id).containsExactly(top, reply);
        assertThat(thread.get(0).deleted()).isTrue();
        assertThat(thread.get(0).html()).isNull();
        assertThat(thread.get(1).html()).contains("Enig");
    }

    @Test
    void refusedForAnonymousOtherMunicipalitiesAndBadInput() {
        ProposalId p = proposal();
        assertThatThrownBy(() -> comments.post(p, null, CommentStance.FOR, "Hei"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn.as("ola");
        assertThatThrownBy(() -> comments.post(p, null, CommentStance.FOR, "Hei"))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("solkraft");
        assertThatThrownBy(() -> comments.post(p, null, CommentStance.FOR, " "))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> comments.post(p, new CommentId(UUID.randomUUID()), CommentStance.FOR, "x"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.comment.not-found"));
        assertThat(comments.thread(p)).isEmpty();
    }

    @Test
    void followersHearOfCommentsAndMentionedUsersOfMentions() {
        ProposalId p = proposal();
        signIn.as("saksbehandler");
        long officialBefore = notifications.unreadCount();
        signIn.as("kari");
        long kariBefore = notifications.unreadCount();
        signIn.as("solkraft");
        comments.post(p, null, CommentStance.FOR, "Hva mener @saksbehandler? Og @ingen-slik-bruker?");
        // Notifications are written after commit, on another thread; poll on this signed-in one.
        signIn.as("kari");
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(notifications.unreadCount()).isEqualTo(kariBefore + 1));
        assertThat(notifications.inbox(0, 1).getContent().getFirst().kind()).isEqualTo(NotificationKind.COMMENT);
        signIn.as("saksbehandler");
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(notifications.unreadCount()).isEqualTo(officialBefore + 1));
        assertThat(notifications.inbox(0, 1).getContent().getFirst().kind()).isEqualTo(NotificationKind.MENTION);
        assertThat(events.stream(UserMentioned.class)).hasSize(1);
    }

    @Test
    void reportedCommentsCanBeHiddenAndTheirAuthorStillSeesThem() {
        ProposalId p = proposal();
        signIn.as("solkraft");
        CommentId c = comments.post(p, null, CommentStance.AGAINST, "Upassende");
        signIn.as("kari");
        moderation.report(new ContentRef(ContentType.COMMENT, c.value()), ReportReason.OFFENSIVE, null);
        signIn.as("saksbehandler");
        moderation.hide(new ContentRef(ContentType.COMMENT, c.value()), "offensive");
        signIn.as("kari");
        assertThat(comments.thread(p).getFirst().html()).isNull();
        assertThat(comments.thread(p).getFirst().hidden()).isTrue();
        signIn.as("solkraft");
        assertThat(comments.thread(p).getFirst().html()).contains("Upassende");
    }
}

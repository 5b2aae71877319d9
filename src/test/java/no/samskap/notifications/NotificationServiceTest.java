package no.samskap.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SamskapTest
@RecordApplicationEvents
class NotificationServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    NotificationService notifications;

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void authorsFollowTheirProposalsAndFollowersHearOfAnswers() {
        var kari = signIn.as("kari");
        ProposalId p = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput("Følg meg", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
        assertThat(notifications.isFollowing(p)).isTrue();
        long kariBefore = notifications.unreadCount();

        var solkraft = signIn.as("solkraft");
        assertThat(notifications.isFollowing(p)).isFalse();
        notifications.follow(p);
        notifications.follow(p);
        assertThat(notifications.isFollowing(p)).isTrue();
        long solkraftBefore = notifications.unreadCount();

        signIn.as("saksbehandler");
        long officialBefore = notifications.unreadCount();
        notifications.follow(p);
        proposals.answer(p, ProposalState.ACCEPTED, "Vi gjør det.");

        // Notifying runs after commit, on another thread. Poll on this one: it is signed in.
        signIn.as("kari");
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(notifications.unreadCount()).isEqualTo(kariBefore + 1));
        signIn.as("saksbehandler");
        // The event names who answered; the listener runs on another thread, where no one is signed in.
        assertThat(notifications.unreadCount()).as("the official who answered").isEqualTo(officialBefore);
        signIn.as("kari");
        NotificationView latest = notifications.inbox(0, 1).getContent().getFirst();
        assertThat(latest.kind()).isEqualTo(NotificationKind.ANSWERED);
        assertThat(latest.title()).isEqualTo("Følg meg");
        assertThat(latest.detail()).isEqualTo("ACCEPTED");
        assertThat(latest.actorName()).isEqualTo("Siri Saksbehandler");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        signIn.as("solkraft");
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(notifications.unreadCount()).isEqualTo(solkraftBefore + 1));
        notifications.unfollow(p);
        assertThat(notifications.isFollowing(p)).isFalse();
        assertThat(events.stream(NotificationCreated.class).map(NotificationCreated::recipient))
                .contains(kari.id(), solkraft.id());
    }
}

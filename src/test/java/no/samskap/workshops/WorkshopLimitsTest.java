package no.samskap.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A room's limits hold when everyone clicks at once. */
@SamskapTest
@org.springframework.test.context.event.RecordApplicationEvents
@TestPropertySource(properties = {"samskap.workshops.max-participants=4", "samskap.workshops.max-ideas-each=3"})
class WorkshopLimitsTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    no.samskap.audit.AuditService audit;

    @AfterEach
    void out() {
        signIn.out();
    }

    private WorkshopDetails create() {
        signIn.as("fasilitator");
        try {
            ProposalId proposal = proposals
                    .search(ProposalQuery.all(WorkshopServiceTest.BAERUM), 0, 1)
                    .getContent()
                    .getFirst()
                    .id();
            WorkshopService.Joined w = workshops.create(
                    MunicipalityId.of("baerum"), "Fullt rom", WorkshopServiceTest.AREA, List.of(proposal));
            return workshops.details(w.workshop(), w.participant());
        } finally {
            signIn.out();
        }
    }

    @Test
    void aFullWorkshopSaysSoEvenWhenTenJoinAtOnce() throws Exception {
        WorkshopDetails d = create(); // the facilitator is the first of four
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<WorkshopService.Joined>> joins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "Gjest " + i;
            joins.add(pool.submit(() -> {
                go.await();
                return workshops.join(d.joinCode(), name, List.of(), "10.20.0." + name.length());
            }));
        }
        go.countDown();
        int joined = 0;
        int full = 0;
        for (Future<WorkshopService.Joined> f : joins) {
            try {
                f.get(30, TimeUnit.SECONDS);
                joined++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfSatisfying(UserFacingException.class, u -> {
                    assertThat(u.messageKey()).isEqualTo("error.workshop.full");
                    assertThat(u.field()).isEqualTo("code");
                });
                full++;
            }
        }
        pool.shutdown();
        assertThat(joined).isEqualTo(3);
        assertThat(full).isEqualTo(7);
    }

    @Test
    void theIdeaCapHoldsUnderConcurrentClicks() throws Exception {
        WorkshopDetails d = create();
        WorkshopService.Joined guest = workshops.join(d.joinCode(), "Ivrig", List.of(), "10.21.0.1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Pin>> pins = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = "Idé " + i;
            pins.add(pool.submit(() -> {
                go.await();
                return workshops.placePin(d.id(), guest.participant(), 59.895, 10.53, text);
            }));
        }
        go.countDown();
        int placed = 0;
        for (Future<Pin> f : pins) {
            try {
                f.get(30, TimeUnit.SECONDS);
                placed++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(UserFacingException.class);
            }
        }
        pool.shutdown();
        assertThat(placed).isEqualTo(3);
        assertThatThrownBy(() -> workshops.placePin(d.id(), guest.participant(), 59.895, 10.53, "En til"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.too-many-pins"));
    }

    @Test
    void theFacilitatorRemovesAGuestAndTheirIdeasAndOnlyThat() {
        WorkshopDetails d = create();
        WorkshopService.Joined troll = workshops.join(d.joinCode(), "Troll", List.of(), "10.22.0.1");
        WorkshopService.Joined kind = workshops.join(d.joinCode(), "Snill", List.of(), "10.22.0.2");
        Pin spam = workshops.placePin(d.id(), troll.participant(), 59.895, 10.53, "Reklame");
        workshops.placePin(d.id(), troll.participant(), 59.896, 10.53, "Mer reklame");
        Pin good = workshops.placePin(d.id(), kind.participant(), 59.897, 10.53, "God idé");

        assertThatThrownBy(() -> workshops.removeGuest(d.id(), spam.id()))
                .as("a participant cannot remove others")
                .isInstanceOf(no.samskap.shared.AccessDeniedException.class);
        signIn.as("fasilitator");
        assertThat(workshops.removeGuest(d.id(), spam.id())).hasSize(2);
        assertThat(events.stream(WorkshopEvent.GuestRemoved.class))
                .anySatisfy(e -> assertThat(e.participant()).isEqualTo(troll.participant()));
        signIn.out();

        assertThatThrownBy(() -> workshops.placePin(d.id(), troll.participant(), 59.895, 10.53, "Tilbake"))
                .isInstanceOf(no.samskap.shared.AccessDeniedException.class);
        assertThat(workshops.isParticipant(d.id(), troll.participant())).isFalse();
        signIn.as("fasilitator");
        WorkshopDetails after = workshops.details(d.id(), null);
        assertThat(after.pins()).extracting(Pin::id).containsExactly(good.id());
        signIn.as("saksbehandler");
        assertThat(audit.entries(MunicipalityId.of("baerum"), 0, 20)
                        .map(r -> r.action())
                        .toList())
                .contains("GUEST_REMOVED");
        signIn.as("fasilitator");
        // An account's idea: moderators block accounts; this is for guests.
        WorkshopService.Joined own = workshops.rejoin(d.id()).orElseThrow();
        Pin mine = workshops.placePin(d.id(), own.participant(), 59.898, 10.53, "Fasilitators idé");
        assertThatThrownBy(() -> workshops.removeGuest(d.id(), mine.id()))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.not-a-guest"));
    }
}

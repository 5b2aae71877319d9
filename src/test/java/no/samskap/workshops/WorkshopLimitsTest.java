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
@TestPropertySource(properties = {"samskap.workshops.max-participants=4", "samskap.workshops.max-ideas-each=3"})
class WorkshopLimitsTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

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
}

package no.samskap.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.identity.AccountService;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.workshops.internal.Rounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Workshops as the service enforces them: who may do what, with what input, and when. */
@SamskapTest
class WorkshopServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    /** A square around Sandvika, inside Bærum. */
    static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[10.50,59.88],[10.56,59.88],[10.56,59.91],"
            + "[10.50,59.91],[10.50,59.88]]]}";

    @Autowired
    WorkshopService workshops;

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient db;

    @Autowired
    AccountService accounts;

    @Autowired
    Rounds roundCloser;

    @AfterEach
    void out() {
        signIn.out();
    }

    private WorkshopService.Joined create() {
        signIn.as("fasilitator");
        ProposalId proposal = proposals
                .search(ProposalQuery.all(BAERUM), 0, 1)
                .getContent()
                .getFirst()
                .id();
        WorkshopService.Joined w = workshops.create(BAERUM, "  Sandvika sentrum  ", AREA, List.of(proposal));
        signIn.out();
        return w;
    }

    @Test
    void aFacilitatorCreatesAWorkshopWithAShortCodeAndOthersCannot() {
        WorkshopService.Joined w = create();
        signIn.as("fasilitator");
        WorkshopDetails d = workshops.details(w.workshop(), w.participant());
        assertThat(d.title()).isEqualTo("Sandvika sentrum");
        assertThat(d.joinCode()).matches("[A-HJ-NP-Z2-9]{6}");
        assertThat(d.proposals()).hasSize(1);
        assertThat(workshops.forMunicipality(BAERUM))
                .extracting(WorkshopSummary::joinCode)
                .contains(d.joinCode());

        signIn.as("kari");
        assertThatThrownBy(() -> workshops.create(BAERUM, "Mitt", AREA, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workshops.forMunicipality(BAERUM))
                .as("residents get no list of codes")
                .isEmpty();
    }

    @Test
    void badWorkshopInputIsRefusedFieldByField() {
        signIn.as("fasilitator");
        assertThatThrownBy(() -> workshops.create(BAERUM, " ", AREA, List.of()))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> workshops.create(BAERUM, "x".repeat(121), AREA, List.of()))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() ->
                        workshops.create(BAERUM, "Ok", "{\"type\":\"Point\",\"coordinates\":[10.5,59.9]}", List.of()))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.area"));
        assertThatThrownBy(() -> workshops.create(BAERUM, "Ok", "not json", List.of()))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("area"));
        String oslo =
                "{\"type\":\"Polygon\",\"coordinates\":[[[10.7,59.9],[10.8,59.9],[10.8,59.95],[10.7,59.95],[10.7,59.9]]]}";
        assertThatThrownBy(() -> workshops.create(BAERUM, "Ok", oslo, List.of()))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.area-outside"));
    }

    @Test
    void guestsJoinByCodeWithANameAndPinIdeasInsideTheArea() {
        WorkshopDetails d = details(create());
        assertThatThrownBy(() -> workshops.join("ZZZZZZ", "Per", List.of(), "127.0.0.1"))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> workshops.join(d.joinCode(), "  ", List.of(), "127.0.0.1"))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("name"));
        String typed = d.joinCode().toLowerCase().substring(0, 3) + " - "
                + d.joinCode().substring(3);
        WorkshopService.Joined guest = workshops.join(typed, "  Per   Gjest ", List.of(), "127.0.0.1");
        assertThat(guest.displayName()).isEqualTo("Per Gjest");
        assertThat(guest.workshop()).isEqualTo(d.id());

        Pin pin = workshops.placePin(d.id(), guest.participant(), 59.895, 10.53, "Sykkelparkering ved stasjonen");
        assertThat(pin.authorName()).isEqualTo("Per Gjest");
        assertThat(pin.guest()).isTrue();
        assertThatThrownBy(() -> workshops.placePin(d.id(), guest.participant(), 59.95, 10.53, "Utenfor"))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("location"));
        assertThatThrownBy(() -> workshops.placePin(d.id(), guest.participant(), 59.895, 10.53, " "))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> workshops.placePin(d.id(), guest.participant(), Double.NaN, 10.53, "NaN"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> workshops.placePin(d.id(), ParticipantId.random(), 59.895, 10.53, "Forged"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAccountsParticipationCannotBeUsedByAnyoneElse() {
        WorkshopDetails d = details(create());
        signIn.as("kari");
        WorkshopService.Joined kari = workshops.join(d.joinCode(), null, List.of(), "127.0.0.1");
        assertThat(kari.displayName()).isEqualTo("Kari Nordmann");
        assertThat(workshops.join(d.joinCode(), null, List.of(), "127.0.0.1").participant())
                .as("joining again is the same participant")
                .isEqualTo(kari.participant());
        signIn.as("solkraft");
        assertThatThrownBy(() -> workshops.placePin(d.id(), kari.participant(), 59.895, 10.53, "Som Kari"))
                .isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> workshops.placePin(d.id(), kari.participant(), 59.895, 10.53, "Som Kari"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void dotVotingKeepsEveryoneWithinTheirDotsAndEndsOnTime() {
        WorkshopService.Joined f = create();
        WorkshopDetails d = details(f);
        WorkshopService.Joined guest = workshops.join(d.joinCode(), "Gjest", List.of(), "127.0.0.1");
        Pin a = workshops.placePin(d.id(), guest.participant(), 59.895, 10.53, "Idé A");
        Pin b = workshops.placePin(d.id(), guest.participant(), 59.896, 10.531, "Idé B");

        assertThatThrownBy(() -> workshops.startRound(d.id(), List.of(a.itemKey()), 3, Duration.ofMinutes(2)))
                .as("guests cannot start rounds")
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("fasilitator");
        assertThatThrownBy(() -> workshops.startRound(d.id(), List.of(), 3, Duration.ofMinutes(2)))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("items"));
        assertThatThrownBy(() -> workshops.startRound(d.id(), List.of(a.itemKey()), 0, Duration.ofMinutes(2)))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("dots"));
        assertThatThrownBy(() ->
                        workshops.startRound(d.id(), List.of("pin:" + UUID.randomUUID()), 3, Duration.ofMinutes(2)))
                .isInstanceOf(UserFacingException.class);
        String proposalKey = "proposal:" + d.proposals().getFirst().id();
        Round round =
                workshops.startRound(d.id(), List.of(a.itemKey(), b.itemKey(), proposalKey), 3, Duration.ofMinutes(2));
        assertThat(round.open()).isTrue();
        assertThat(round.items())
                .extracting(Round.Item::label)
                .containsExactly("Idé A", "Idé B", d.proposals().getFirst().title());
        assertThatThrownBy(() -> workshops.startRound(d.id(), List.of(a.itemKey()), 3, Duration.ofMinutes(2)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.round-running"));
        signIn.out();

        workshops.setDots(d.id(), round.id(), guest.participant(), a.itemKey(), 2);
        Map<String, Integer> mine = workshops.setDots(d.id(), round.id(), guest.participant(), b.itemKey(), 1);
        assertThat(mine).containsEntry(a.itemKey(), 2).containsEntry(b.itemKey(), 1);
        assertThatThrownBy(() -> workshops.setDots(d.id(), round.id(), guest.participant(), proposalKey, 1))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.no-dots-left"));
        assertThatThrownBy(() -> workshops.setDots(d.id(), round.id(), guest.participant(), a.itemKey(), -1))
                .isInstanceOf(UserFacingException.class);
        // Moving a dot: take one from A, put it on the proposal.
        workshops.setDots(d.id(), round.id(), guest.participant(), a.itemKey(), 1);
        workshops.setDots(d.id(), round.id(), guest.participant(), proposalKey, 1);
        signIn.as("fasilitator");
        workshops.setDots(d.id(), round.id(), f.participant(), b.itemKey(), 3);
        Round now = details(f).openRound().orElseThrow();
        assertThat(now.totals())
                .containsEntry(a.itemKey(), 1)
                .containsEntry(b.itemKey(), 4)
                .containsEntry(proposalKey, 1);

        // Time runs out: the scheduled check closes the round, and nobody can vote any more.
        db.sql("update workshop_round set ends_at = ? where id = ?")
                .params(OffsetDateTime.now().minusSeconds(1), round.id().value())
                .update();
        roundCloser.closeRoundsThatAreDue();
        assertThat(details(f).openRound()).isEmpty();
        signIn.out();
        assertThatThrownBy(() -> workshops.setDots(d.id(), round.id(), guest.participant(), a.itemKey(), 0))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.round-over"));
    }

    @Test
    void theFacilitatorMakesADraftOfAnIdeaAndTheResultsComeAsCsv() {
        WorkshopService.Joined f = create();
        WorkshopDetails d = details(f);
        WorkshopService.Joined guest = workshops.join(d.joinCode(), "Gjest, med komma", List.of(), "127.0.0.1");
        Pin pin = workshops.placePin(d.id(), guest.participant(), 59.895, 10.53, "=HYPERLINK(\"http://evil\")");
        assertThatThrownBy(() -> workshops.resultsCsv(d.id(), guest.participant()))
                .as("participants get the results when the workshop has ended")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("fasilitator");
        ProposalId draft =
                workshops.convertPin(d.id(), pin.id(), Category.BIKE_LANE, "Sykkelparkering", "Fra verkstedet");
        assertThat(proposals.find(draft)).hasValueSatisfying(p -> {
            assertThat(p.state()).isEqualTo(ProposalState.DRAFT);
            assertThat(p.authorName()).isEqualTo("Frode Fasilitator");
            assertThat(p.lat()).isCloseTo(59.895, offset(1e-6));
        });
        assertThatThrownBy(() -> workshops.convertPin(d.id(), pin.id(), Category.BIKE_LANE, "Igjen", ""))
                .isInstanceOf(UserFacingException.class);
        Round round = workshops.startRound(d.id(), List.of(pin.itemKey()), 2, Duration.ofMinutes(1));
        workshops.setDots(d.id(), round.id(), f.participant(), pin.itemKey(), 2);
        workshops.end(d.id());
        assertThat(details(f).state()).isEqualTo(WorkshopState.ENDED);
        assertThat(details(f).openRound()).as("ending closes the round").isEmpty();
        signIn.out();
        assertThatThrownBy(() -> workshops.placePin(d.id(), guest.participant(), 59.895, 10.53, "For sent"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> workshops.join(d.joinCode(), "Sen", List.of(), "127.0.0.1"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.ended"));

        String csv = workshops.resultsCsv(d.id(), guest.participant());
        assertThat(csv)
                .contains("\"idea\",")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .contains("\"Gjest, med komma\"")
                .contains(draft.toString())
                .contains("\"round\",\"1\",\"2\",")
                .contains("\"" + pin.itemKey() + "\",\"'=HYPERLINK(\"\"http://evil\"\")\",\"2\"");
    }

    @Test
    void aGuestJoiningAgainFromTheSameBrowserStaysOneParticipantAndGuessingCodesIsCut() {
        WorkshopDetails d = details(create());
        WorkshopService.Joined first = workshops.join(d.joinCode(), "Per", List.of(), "client-a");
        WorkshopService.Joined again =
                workshops.join(d.joinCode(), "Per igjen", List.of(first.participant()), "client-a");
        assertThat(again.participant()).as("the same dots, not a new set").isEqualTo(first.participant());
        assertThat(again.displayName()).isEqualTo("Per");

        String guesser = "client-" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> workshops.join("ZZZZZZ", "Gjetter", List.of(), guesser))
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.workshop.unknown-code"));
        }
        assertThatThrownBy(() -> workshops.join(d.joinCode(), "Gjetter", List.of(), guesser))
                .as("even the right code, once too many were wrong")
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.workshop.too-many-attempts"));
        assertThat(workshops
                        .join(d.joinCode(), "Noen andre", List.of(), "client-b")
                        .displayName())
                .isEqualTo("Noen andre");
    }

    @Test
    void aBlockedAccountStopsActingAtOnce() {
        WorkshopDetails d = details(create());
        signIn.as("kari");
        WorkshopService.Joined kari = workshops.join(d.joinCode(), null, List.of(), "client-a");
        signIn.as("saksbehandler");
        var kariId = accounts.findByUsername("kari").orElseThrow().id();
        accounts.setBlocked(kariId, true);
        try {
            signIn.as("kari"); // a session from before the block
            assertThatThrownBy(() -> workshops.placePin(d.id(), kari.participant(), 59.895, 10.53, "Etter blokkering"))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            signIn.as("saksbehandler");
            accounts.setBlocked(kariId, false);
        }
    }

    @Test
    void followMeSharesTheFacilitatorsViewWithLateArrivals() {
        WorkshopService.Joined f = create();
        assertThatThrownBy(() -> workshops.shareView(f.workshop(), new FacilitatorView(59.9, 10.5, 14, true)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("fasilitator");
        workshops.shareView(f.workshop(), new FacilitatorView(59.9, 10.5, 14, true));
        assertThat(workshops.sharedView(f.workshop())).contains(new FacilitatorView(59.9, 10.5, 14, true));
        assertThatThrownBy(() -> workshops.shareView(f.workshop(), new FacilitatorView(Double.NaN, 10.5, 14, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Reads as the facilitator, then signs out again. */
    private WorkshopDetails details(WorkshopService.Joined f) {
        signIn.as("fasilitator");
        try {
            return workshops.details(f.workshop(), f.participant());
        } finally {
            signIn.out();
        }
    }
}

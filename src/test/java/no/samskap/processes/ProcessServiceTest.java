package no.samskap.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.notifications.NotificationKind;
import no.samskap.notifications.NotificationService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;
import no.samskap.support.Refusals;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.voting.Stance;
import no.samskap.voting.VotingService;
import no.samskap.workshops.WorkshopService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SamskapTest
class ProcessServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final MunicipalityId ALESUND = MunicipalityId.of("alesund");
    static final String POINT = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";
    static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[10.50,59.88],[10.56,59.88],[10.56,59.91],"
            + "[10.50,59.91],[10.50,59.88]]]}";

    @Autowired
    ProcessService processes;

    @Autowired
    ProcessFollows follows;

    @Autowired
    ProposalService proposals;

    @Autowired
    VotingService voting;

    @Autowired
    CommentService comments;

    @Autowired
    WorkshopService workshops;

    @Autowired
    NotificationService notifications;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    private ProcessId participatoryBudget(String title) {
        signIn.as("saksbehandler");
        return processes.create(
                BAERUM,
                new ProcessInput(
                        title,
                        "Hva vil du bruke 2 millioner kroner på?",
                        AREA,
                        ProcessTemplate.PARTICIPATORY_BUDGET,
                        processes.template(ProcessTemplate.PARTICIPATORY_BUDGET)));
    }

    @Test
    void templatesFollowWhatMunicipalitiesRun() {
        List<PhaseInput> plan = ProcessTemplate.PLAN.phasesFrom(LocalDate.of(2027, 1, 4));
        assertThat(plan)
                .extracting(PhaseInput::kind)
                .containsExactly(
                        PhaseKind.START_UP, PhaseKind.PLAN_PROGRAMME, PhaseKind.CONSULTATION, PhaseKind.DECISION);
        PhaseInput consultation = plan.get(2);
        assertThat(ChronoUnit.DAYS.between(consultation.startsOn(), consultation.endsOn()) + 1)
                .isGreaterThanOrEqualTo(ProcessTemplate.MIN_PLAN_CONSULTATION_DAYS);
        assertThat(plan.get(3).actions()).isEmpty();
        // Phases follow one another without a gap or an overlap.
        for (int i = 1; i < plan.size(); i++) {
            assertThat(plan.get(i).startsOn())
                    .isEqualTo(plan.get(i - 1).endsOn().plusDays(1));
        }
        assertThat(ProcessTemplate.PARTICIPATORY_BUDGET.phasesFrom(today()))
                .anySatisfy(p -> assertThat(p.actions()).contains(PhaseAction.BUDGET));
    }

    @Test
    void eachPhaseAllowsWhatItSaysAndTheServerRefusesTheRest() {
        ProcessId process = participatoryBudget("Folkebudsjett Fornebu");
        assertThat(processes.find(process).orElseThrow().openPhase()).isEmpty();
        assertThat(processes.list(BAERUM)).extracting(ProcessSummary::id).contains(process);

        // Before any phase opens nothing is allowed.
        signIn.as("kari");
        ProposalInput bench = new ProposalInput("Benk ved Fornebu", "", "BIKE_LANE", POINT);
        assertThat(Refusals.of(() -> proposals.createAndSubmit(BAERUM, process, bench)))
                .isEqualTo("error.phase.none-open");

        // Ideas: propose, comment, workshops — but no votes.
        signIn.as("saksbehandler");
        assertThat(processes.openNextPhase(process).kind()).isEqualTo(PhaseKind.IDEAS);
        signIn.as("kari");
        ProposalId idea = proposals.createAndSubmit(BAERUM, process, bench);
        ProposalId lateDraft =
                proposals.createDraft(BAERUM, process, new ProposalInput("Sent", "", "BIKE_LANE", POINT));
        assertThat(proposals.find(idea).orElseThrow().process()).isEqualTo(process);
        assertThat(proposals.inProcess(process, 10)).extracting(m -> m.id()).containsExactly(idea);
        comments.post(idea, null, CommentStance.FOR, "God idé");
        assertThat(Refusals.of(() -> voting.cast(idea, Stance.SUPPORT))).isEqualTo("error.phase.not-allowed.vote");
        assertThat(voting.isOpen(idea)).isFalse();

        // Assessment: comments only; a draft from the ideas phase can no longer be submitted.
        signIn.as("saksbehandler");
        processes.openNextPhase(process);
        signIn.as("kari");
        assertThat(Refusals.of(() -> proposals.submit(lateDraft))).isEqualTo("error.phase.not-allowed.propose");
        assertThat(Refusals.of(() -> proposals.createAndSubmit(BAERUM, process, bench)))
                .isEqualTo("error.phase.not-allowed.propose");
        comments.post(idea, null, CommentStance.NEUTRAL, "Hva koster den?");

        // Closed: nothing, until the next opens.
        signIn.as("saksbehandler");
        processes.closePhase(process);
        signIn.as("kari");
        assertThat(Refusals.of(() -> comments.post(idea, null, CommentStance.FOR, "Sent")))
                .isEqualTo("error.phase.ended");

        // The standing, open process is untouched: a proposal outside any process takes votes as before.
        ProposalId outside = proposals.createAndSubmit(BAERUM, new ProposalInput("Utenfor", "", "BIKE_LANE", POINT));
        voting.cast(outside, Stance.SUPPORT);
        assertThat(voting.tally(outside).supportTotal()).isEqualTo(1);
    }

    @Test
    void aPhasePastItsLastDayIsClosedWithoutAnyoneClosingIt() {
        signIn.as("saksbehandler");
        ProcessId process = processes.create(
                BAERUM,
                new ProcessInput(
                        "Gammel høring",
                        "",
                        null,
                        ProcessTemplate.CUSTOM,
                        List.of(new PhaseInput(
                                PhaseKind.OTHER,
                                "Innspill",
                                today().minusDays(20),
                                today().minusDays(1),
                                Set.of(PhaseAction.PROPOSE, PhaseAction.COMMENT)))));
        processes.openNextPhase(process);
        assertThat(processes.find(process).orElseThrow().phases().getFirst().state())
                .isEqualTo(PhaseState.CLOSED);
        signIn.as("kari");
        assertThat(Refusals.of(() -> proposals.createAndSubmit(
                        BAERUM, process, new ProposalInput("For sent", "", "BIKE_LANE", POINT))))
                .isEqualTo("error.phase.ended");
    }

    @Test
    void officialsCorrectTheTitleAndDescriptionAndBadInputChangesNothing() {
        ProcessId process = participatoryBudget("Folkebudsjett 2027");
        signIn.as("saksbehandler");
        processes.describe(process, "  Folkebudsjett Bærum 2027 ", "## Slik deltar du\n- Kom med idéer");
        ProcessDetails after = processes.find(process).orElseThrow();
        assertThat(after.title()).isEqualTo("Folkebudsjett Bærum 2027");
        assertThat(after.description()).isEqualTo("## Slik deltar du\n- Kom med idéer");

        assertThat(Refusals.of(() -> processes.describe(process, "ab", ""))).isEqualTo("error.field.too-short");
        assertThat(Refusals.of(() -> processes.describe(process, "Gyldig", "x".repeat(20_001))))
                .isEqualTo("error.field.too-long");
        assertThat(processes.find(process).orElseThrow().title()).isEqualTo("Folkebudsjett Bærum 2027");
    }

    @Test
    void workshopsOfAProcessOpenToParticipantsOnlyInAPhaseWithWorkshops() {
        ProcessId process = participatoryBudget("Folkebudsjett verksted");
        signIn.as("fasilitator");
        var workshop = workshops.create(BAERUM, process, "Idéverksted", AREA, List.of());
        String code = workshops.forMunicipality(BAERUM).stream()
                .filter(w -> w.id().equals(workshop.workshop()))
                .findFirst()
                .orElseThrow()
                .joinCode();
        signIn.out();
        assertThat(Refusals.of(() -> workshops.join(code, "Gjest", List.of(), "127.0.0.9")))
                .isEqualTo("error.phase.none-open");
        signIn.as("saksbehandler");
        processes.openNextPhase(process);
        signIn.out();
        assertThat(workshops.join(code, "Gjest", List.of(), "127.0.0.9").participant())
                .isNotNull();
        assertThat(workshops.inProcess(process))
                .singleElement()
                .satisfies(w -> assertThat(w.joinCode()).isEmpty());
    }

    @Test
    void followersHearWhatAFinishedPhaseHeard() {
        ProcessId process = participatoryBudget("Folkebudsjett oppsummering");
        signIn.as("kari");
        follows.follow(process);
        assertThat(follows.isFollowing(process)).isTrue();
        signIn.as("saksbehandler");
        processes.openNextPhase(process);
        assertThat(Refusals.of(() -> processes.publishSummary(process, 0, "Vi hørte mye.")))
                .isEqualTo("error.phase.summary-before-end");
        processes.closePhase(process);
        assertThat(Refusals.of(() -> processes.publishSummary(process, 0, " "))).isEqualTo("error.field.required");
        processes.publishSummary(process, 0, "## Vi hørte\n\n- 40 forslag om lys og benker");
        assertThat(processes.find(process).orElseThrow().phases().getFirst().summary())
                .contains("40 forslag");

        signIn.as("kari");
        Awaitility.await("the follower's notification")
                .pollInSameThread()
                .until(() -> notifications.inbox(0, 20).getContent().stream()
                        .anyMatch(n -> n.kind() == NotificationKind.PROCESS && process.equals(n.process())));
        assertThat(notifications.inbox(0, 20).getContent().stream()
                        .filter(n -> process.equals(n.process()))
                        .findFirst()
                        .orElseThrow()
                        .link())
                .isEqualTo("processes/" + process);
    }

    @Test
    void badProcessesAreRefusedWithTheFieldAndNothingIsSaved() {
        signIn.as("saksbehandler");
        LocalDate d = LocalDate.of(2027, 3, 1);
        PhaseInput ideas = new PhaseInput(PhaseKind.IDEAS, "", d, d.plusDays(20), Set.of(PhaseAction.PROPOSE));
        assertThat(Refusals.of(() -> processes.create(
                        BAERUM, new ProcessInput("ab", "", null, ProcessTemplate.CUSTOM, List.of(ideas)))))
                .isEqualTo("error.field.too-short");
        assertThat(Refusals.of(() -> processes.create(
                        BAERUM, new ProcessInput("Uten faser", "", null, ProcessTemplate.CUSTOM, List.of()))))
                .isEqualTo("error.phase.none");
        assertThat(Refusals.of(() -> processes.create(
                        BAERUM,
                        new ProcessInput(
                                "Baklengs",
                                "",
                                null,
                                ProcessTemplate.CUSTOM,
                                List.of(new PhaseInput(PhaseKind.IDEAS, "", d, d.minusDays(1), Set.of()))))))
                .isEqualTo("error.phase.ends-before-start");
        assertThat(Refusals.of(() -> processes.create(
                        BAERUM,
                        new ProcessInput(
                                "Overlapp",
                                "",
                                null,
                                ProcessTemplate.CUSTOM,
                                List.of(
                                        ideas,
                                        new PhaseInput(
                                                PhaseKind.RESULTS, "", d.plusDays(20), d.plusDays(30), Set.of()))))))
                .isEqualTo("error.phase.overlap");
        List<PhaseInput> shortConsultation = ProcessTemplate.PLAN.phasesFrom(d).stream()
                .map(p -> p.kind() == PhaseKind.CONSULTATION
                        ? new PhaseInput(
                                p.kind(), "", p.startsOn(), p.startsOn().plusDays(20), p.actions())
                        : p)
                .toList();
        assertThat(Refusals.of(() -> processes.create(
                        BAERUM, new ProcessInput("Kort høring", "", null, ProcessTemplate.PLAN, shortConsultation))))
                .isEqualTo("error.phase.consultation-too-short");
        String alesundArea = "{\"type\":\"Polygon\",\"coordinates\":[[[6.10,62.46],[6.20,62.46],[6.20,62.48],"
                + "[6.10,62.48],[6.10,62.46]]]}";
        assertThat(Refusals.of(() -> processes.create(
                        BAERUM,
                        new ProcessInput("Feil sted", "", alesundArea, ProcessTemplate.CUSTOM, List.of(ideas)))))
                .isEqualTo("error.process.area-outside");
        assertThat(processes.list(BAERUM))
                .extracting(ProcessSummary::title)
                .doesNotContain("ab", "Uten faser", "Baklengs", "Overlapp", "Kort høring", "Feil sted");

        // A proposal cannot be put in another municipality's process.
        ProcessId baerums = participatoryBudget("Bærums prosess");
        processes.openNextPhase(baerums);
        signIn.as("ola");
        assertThat(Refusals.of(() -> proposals.createDraft(
                        ALESUND,
                        baerums,
                        new ProposalInput(
                                "Feil kommune", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[6.15,62.47]}"))))
                .isEqualTo("error.process.not-found");
    }

    @Test
    void officialsMovePhasesThatHaveNotEndedWithoutOverlap() {
        ProcessId process = participatoryBudget("Folkebudsjett datoer");
        List<Phase> before = processes.find(process).orElseThrow().phases();
        LocalDate start = before.get(1).startsOn();
        processes.reschedule(process, 1, start, start.plusDays(10));
        assertThat(processes.find(process).orElseThrow().phases().get(1).endsOn())
                .isEqualTo(start.plusDays(10));
        // Into the next phase: refused, nothing moves.
        assertThat(Refusals.of(() ->
                        processes.reschedule(process, 1, start, before.get(2).startsOn())))
                .isEqualTo("error.phase.overlap");
        assertThat(Refusals.of(() -> processes.reschedule(process, 1, start, start.minusDays(1))))
                .isEqualTo("error.phase.ends-before-start");
        processes.openNextPhase(process);
        processes.closePhase(process);
        assertThat(Refusals.of(() -> processes.reschedule(process, 0, start.minusDays(50), start.minusDays(40))))
                .isEqualTo("error.phase.ended-unchangeable");
        assertThat(processes.find(process).orElseThrow().phases().get(1).endsOn())
                .isEqualTo(start.plusDays(10));
    }

    @Test
    void anOfficialWorkingFromAnOlderPageDoesNotSkipAPhase() {
        ProcessId process = participatoryBudget("Folkebudsjett to saksbehandlere");
        // Both saw "Open phase: Ideas" (position 0); the first opens it.
        processes.openPhase(process, 0);
        assertThat(Refusals.of(() -> processes.openPhase(process, 0))).isEqualTo("error.phase.changed");
        assertThat(processes
                        .find(process)
                        .orElseThrow()
                        .openPhase()
                        .orElseThrow()
                        .position())
                .isZero();
    }
}

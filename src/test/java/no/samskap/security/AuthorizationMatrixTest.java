package no.samskap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.samskap.audit.AuditService;
import no.samskap.budgeting.BudgetService;
import no.samskap.budgeting.BudgetSetup;
import no.samskap.identity.AccountService;
import no.samskap.identity.Role;
import no.samskap.moderation.ModerationService;
import no.samskap.moderation.ReportReason;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessTemplate;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.voting.StakeholderType;
import no.samskap.voting.Stance;
import no.samskap.voting.VotingService;
import no.samskap.workshops.FacilitatorView;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Every protected action against every kind of user, anonymous included, called on the
 * services directly (as a forged request would): where the role has no right, "denied".
 */
@SamskapTest
class AuthorizationMatrixTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[10.50,59.88],[10.56,59.88],[10.56,59.91],"
            + "[10.50,59.91],[10.50,59.88]]]}";
    static final String POINT = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";
    /** Users by the role they stand for; null is the anonymous visitor. */
    static final List<String> USERS =
            Arrays.asList(null, "kari", "solkraft", "fasilitator", "saksbehandler", "admin", "ola", "alesund-official");

    @Autowired
    ProposalService proposals;

    @Autowired
    VotingService voting;

    @Autowired
    ModerationService moderation;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    @Autowired
    SignIn signIn;

    @Autowired
    WorkshopService workshops;

    @Autowired
    ProcessService processes;

    @Autowired
    BudgetService budgets;

    @Autowired
    BudgetSetup setup;

    /** The project on the last fresh budget's ballot. */
    ProposalId project;
    /** The votable items of the last fresh workshop. */
    List<String> items;

    @BeforeEach
    void officialOfAnotherMunicipality() {
        accounts.createIfMissing(
                "alesund-official",
                "Åse Ålesund",
                "ase@example.org",
                MunicipalityId.of("alesund"),
                Role.OFFICIAL,
                null,
                "samskap-demo");
        accounts.createIfMissing("matrix-target", "Mål", "m@example.org", BAERUM, Role.RESIDENT, null, "samskap-demo");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A new public proposal by another resident; the caller stays signed in as {@code user}. */
    private ProposalId freshProposal(String user) {
        signIn.as("matrix-target");
        ProposalId id = proposals.createAndSubmit(BAERUM, new ProposalInput("Matrise", "", "HEAT_PUMP", POINT));
        signIn.out();
        if (user != null) {
            signIn.as(user);
        }
        return id;
    }

    /** A new workshop of the facilitator's, with one proposal to vote on; the caller stays signed in as {@code user}. */
    private WorkshopId freshWorkshop(String user) {
        ProposalId proposal = freshProposal(null);
        signIn.as("fasilitator");
        WorkshopId id =
                workshops.create(BAERUM, "Matrise", AREA, List.of(proposal)).workshop();
        items = List.copyOf(workshops.votableItems(id).keySet());
        signIn.out();
        if (user != null) {
            signIn.as(user);
        }
        return id;
    }

    /**
     * A new participatory budget in Bærum, its first {@code opened} phases opened and, if
     * {@code closed}, the last of them closed; the caller stays signed in as {@code user}.
     */
    private ProcessId freshProcess(String user, int opened, boolean closed) {
        signIn.as("saksbehandler");
        ProcessId id = processes.create(
                BAERUM,
                new ProcessInput(
                        "Matrise",
                        "",
                        null,
                        ProcessTemplate.PARTICIPATORY_BUDGET,
                        processes.template(ProcessTemplate.PARTICIPATORY_BUDGET)));
        for (int i = 0; i < opened; i++) {
            processes.openNextPhase(id);
        }
        if (closed) {
            processes.closePhase(id);
        }
        signIn.out();
        if (user != null) {
            signIn.as(user);
        }
        return id;
    }

    /** A participatory budget with one project on the ballot and its vote open; the caller stays {@code user}. */
    private ProcessId freshBudget(String user) {
        ProcessId id = freshProcess(null, 1, false);
        signIn.as("matrix-target");
        project = proposals.createAndSubmit(BAERUM, id, new ProposalInput("Prosjekt", "", "HEAT_PUMP", POINT));
        signIn.as("saksbehandler");
        setup.setBudget(id, 1_000_000L, null, null, null);
        setup.putOnBallot(id, project, 100_000L);
        processes.openNextPhase(id);
        processes.openNextPhase(id);
        signIn.out();
        if (user != null) {
            signIn.as(user);
        }
        return id;
    }

    @Test
    void everyActionAgainstEveryRole() {
        Set<String> baerumMembers = Set.of("kari", "solkraft", "fasilitator", "saksbehandler", "admin");
        Set<String> baerumOfficials = Set.of("saksbehandler", "admin");
        Map<String, Action> actions = new LinkedHashMap<>();
        actions.put(
                "propose in Bærum",
                new Action(
                        baerumMembers,
                        u -> proposals.createDraft(BAERUM, new ProposalInput("Forslag", "", "HEAT_PUMP", POINT))));
        actions.put("vote in Bærum", new Action(baerumMembers, u -> voting.cast(freshProposal(u), Stance.SUPPORT)));
        actions.put(
                "report in Bærum",
                new Action(
                        baerumMembers,
                        u -> moderation.report(
                                ModerationService.proposal(freshProposal(u).value()), ReportReason.OTHER, null)));
        actions.put(
                "answer",
                new Action(
                        baerumOfficials, u -> proposals.answer(freshProposal(u), ProposalState.UNDER_REVIEW, "Svar")));
        actions.put(
                "hide",
                new Action(
                        baerumOfficials,
                        u -> moderation.hide(
                                ModerationService.proposal(freshProposal(u).value()), "test")));
        actions.put("moderation queue", new Action(baerumOfficials, u -> moderation.queue(BAERUM)));
        actions.put("audit log", new Action(baerumOfficials, u -> audit.entries(BAERUM, 0, 10)));
        actions.put("block a resident", new Action(baerumOfficials, u -> {
            var target = accounts.findByUsername("matrix-target").orElseThrow().id();
            accounts.setBlocked(target, true);
            accounts.setBlocked(target, false);
        }));

        Set<String> baerumFacilitators = Set.of("fasilitator", "saksbehandler", "admin");
        actions.put(
                "create a workshop",
                new Action(baerumFacilitators, u -> workshops.create(BAERUM, "Verksted", AREA, List.of())));
        actions.put("start a voting round", new Action(baerumFacilitators, u -> {
            WorkshopId w = freshWorkshop(u);
            workshops.startRound(w, items, 3, Duration.ofMinutes(2));
        }));
        actions.put(
                "share the view (follow me)",
                new Action(
                        baerumFacilitators,
                        u -> workshops.shareView(freshWorkshop(u), new FacilitatorView(59.9, 10.5, 14, true))));
        actions.put("end a workshop", new Action(baerumFacilitators, u -> workshops.end(freshWorkshop(u))));

        actions.put(
                "create a process",
                new Action(
                        baerumOfficials,
                        u -> processes.create(
                                BAERUM,
                                new ProcessInput(
                                        "Prosess",
                                        "",
                                        null,
                                        ProcessTemplate.PLAN,
                                        processes.template(ProcessTemplate.PLAN)))));
        actions.put(
                "edit a process's title and description",
                new Action(baerumOfficials, u -> processes.describe(freshProcess(u, 0, false), "Ny tittel", "")));
        actions.put(
                "open a process's next phase",
                new Action(baerumOfficials, u -> processes.openNextPhase(freshProcess(u, 0, false))));
        actions.put(
                "close a process's phase",
                new Action(baerumOfficials, u -> processes.closePhase(freshProcess(u, 1, false))));
        actions.put(
                "publish what a phase heard",
                new Action(baerumOfficials, u -> processes.publishSummary(freshProcess(u, 1, true), 0, "Vi hørte.")));
        actions.put("change a phase's dates", new Action(baerumOfficials, u -> {
            ProcessId p = freshProcess(u, 0, false);
            java.time.LocalDate day = java.time.LocalDate.now().plusDays(1);
            processes.reschedule(p, 0, day, day.plusDays(10));
        }));
        actions.put(
                "set a budget",
                new Action(
                        baerumOfficials, u -> setup.setBudget(freshProcess(u, 0, false), 500_000L, null, null, null)));
        actions.put("split a budget among districts", new Action(baerumOfficials, u -> {
            ProcessId p = freshProcess("saksbehandler", 0, false);
            setup.setBudget(p, 500_000L, null, null, null);
            signIn.out();
            if (u != null) {
                signIn.as(u);
            }
            setup.setDistrictShares(p, Map.of("baerum-haslum", 100_000L));
        }));
        actions.put("enter a paper ballot", new Action(baerumOfficials, u -> {
            ProcessId budget = freshBudget(u);
            budgets.enterPaperBallot(budget, List.of(project), "Servicetorget", StakeholderType.RESIDENT);
        }));
        actions.put("cast a ballot", new Action(baerumMembers, u -> {
            ProcessId budget = freshBudget(u);
            budgets.submit(budget, List.of(project));
        }));

        List<String> wrong = new ArrayList<>();
        for (var entry : actions.entrySet()) {
            for (String user : USERS) {
                boolean expected = user != null && entry.getValue().allowed().contains(user);
                signIn.out();
                if (user != null) {
                    signIn.as(user);
                }
                boolean denied;
                try {
                    entry.getValue().run().accept(user);
                    denied = false;
                } catch (AuthenticationCredentialsNotFoundException
                        | AuthorizationDeniedException
                        | AccessDeniedException e) {
                    denied = true;
                } catch (UserFacingException e) {
                    throw new AssertionError(entry.getKey() + " as " + user + " failed: " + e.getMessage(), e);
                }
                if (denied == expected) {
                    wrong.add(entry.getKey() + " as " + (user == null ? "anonymous" : user) + ": "
                            + (denied ? "denied" : "allowed"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private record Action(Set<String> allowed, Consumer<String> run) {}
}

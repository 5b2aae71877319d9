package no.samskap.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.samskap.identity.AccountDeletion;
import no.samskap.identity.AccountService;
import no.samskap.identity.Registration;
import no.samskap.identity.Role;
import no.samskap.moderation.ModerationService;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessTemplate;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.support.Refusals;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import no.samskap.voting.StakeholderType;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SamskapTest
class BudgetServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final MunicipalityId ALESUND = MunicipalityId.of("alesund");
    static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[10.50,59.88],[10.56,59.88],[10.56,59.91],"
            + "[10.50,59.91],[10.50,59.88]]]}";

    @Autowired
    BudgetService budgets;

    @Autowired
    BudgetSetup setup;

    @Autowired
    BudgetResults budgetResults;

    @Autowired
    Baskets baskets;

    @Autowired
    ProcessService processes;

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

    ProcessId process;
    ProposalId solar;
    ProposalId bikes;
    ProposalId lights;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A participatory budget of 1 million NOK with three projects, its ideas phase open. */
    private void budgetWithThreeProjects() {
        signIn.as("saksbehandler");
        process = processes.create(
                BAERUM,
                new ProcessInput(
                        "Folkebudsjett " + System.nanoTime(),
                        "",
                        null,
                        ProcessTemplate.PARTICIPATORY_BUDGET,
                        processes.template(ProcessTemplate.PARTICIPATORY_BUDGET)));
        processes.openNextPhase(process);
        signIn.as("kari");
        solar = proposals.createAndSubmit(
                BAERUM,
                process,
                new ProposalInput(
                        "Solceller på skolen",
                        "",
                        "ROOFTOP_SOLAR",
                        "{\"type\":\"Point\",\"coordinates\":[10.54,59.91]}",
                        Map.of("kwp", 50.0)));
        bikes = proposals.createAndSubmit(
                BAERUM,
                process,
                new ProposalInput(
                        "Sykkelparkering", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.92]}"));
        lights = proposals.createAndSubmit(
                BAERUM,
                process,
                new ProposalInput(
                        "Lys i lysløypa", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.56,59.92]}"));
        signIn.as("saksbehandler");
        setup.setBudget(process, 1_000_000L, 1, 3, null);
        setup.putOnBallot(process, solar, 600_000L);
        setup.putOnBallot(process, bikes, 300_000L);
        setup.putOnBallot(process, lights, 250_000L);
    }

    private void openBudgetVote() {
        signIn.as("saksbehandler");
        processes.openNextPhase(process); // assessment
        processes.openNextPhase(process); // budget vote
    }

    @Test
    void officialsSetTheBudgetAndTheBallotAndBadInputIsRefused() {
        budgetWithThreeProjects();
        Budget budget = budgets.budget(process).orElseThrow();
        assertThat(budget.totalNok()).isEqualTo(1_000_000L);
        assertThat(budget.items())
                .extracting(BallotItem::costNok)
                .containsExactlyInAnyOrder(600_000L, 300_000L, 250_000L);

        assertThat(Refusals.of(() -> setup.putOnBallot(process, bikes, -5L))).isEqualTo("error.budget.cost");
        assertThat(Refusals.of(() -> setup.putOnBallot(process, bikes, null))).isEqualTo("error.budget.cost");
        assertThat(Refusals.of(() -> setup.setBudget(process, 0L, null, null, null)))
                .isEqualTo("error.budget.total");
        assertThat(Refusals.of(() -> setup.setBudget(process, 1_000L, 3, 2, null)))
                .isEqualTo("error.budget.max-below-min");
        assertThat(Refusals.of(() -> setup.setBudget(process, 1_000L, null, null, 120)))
                .isEqualTo("error.budget.share");
        signIn.as("ola");
        ProposalId alesunds = proposals.createAndSubmit(
                ALESUND,
                new ProposalInput("Ålesund", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[6.15,62.47]}"));
        signIn.as("saksbehandler");
        assertThat(Refusals.of(() -> setup.putOnBallot(process, alesunds, 1_000L)))
                .isEqualTo("error.budget.proposal");
        assertThat(budgets.budget(process).orElseThrow().items()).hasSize(3);

        signIn.as("kari");
        assertThatThrownBy(() -> setup.setBudget(process, 5L, null, null, null))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void aBasketIsMeasuredAgainstTheBudgetAndItsRules() {
        budgetWithThreeProjects();
        BasketCheck over = budgets.check(process, List.of(solar, bikes, lights));
        assertThat(over.totalNok()).isEqualTo(1_150_000L);
        assertThat(over.fits()).isFalse();
        assertThat(over.problems()).extracting(BasketCheck.Problem::messageKey).contains("error.ballot.over-budget");
        assertThat(over.problems().getFirst().arguments()).containsExactly(150_000L);
        assertThat(budgets.check(process, List.of()).problems())
                .extracting(BasketCheck.Problem::messageKey)
                .contains("error.ballot.too-few");
        BasketCheck fits = budgets.check(process, List.of(solar, bikes));
        assertThat(fits.fits()).isTrue();
        assertThat(fits.leftNok()).isEqualTo(100_000L);
        // The basket's combined impact comes from the same estimates as everywhere else.
        assertThat(budgets.impact(process, List.of(solar)).territorialTonnes().central()
                        + budgets.impact(process, List.of(solar))
                                .indirectTonnes()
                                .central())
                .isGreaterThan(0);
    }

    @Test
    void oneBallotPerPersonThatCanBeChangedUntilThePhaseEnds() {
        budgetWithThreeProjects();
        signIn.as("kari");
        // Not yet the budget vote.
        assertThat(Refusals.of(() -> budgets.submit(process, List.of(bikes))))
                .isEqualTo("error.phase.not-allowed.budget");
        openBudgetVote();

        signIn.as("kari");
        assertThat(Refusals.of(() -> budgets.submit(process, List.of(solar, bikes, lights))))
                .isEqualTo("error.ballot.over-budget");
        assertThat(budgets.myBallot(process)).isEmpty();
        Receipt first = budgets.submit(process, List.of(solar, bikes));
        assertThat(first.reference()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(first.totalNok()).isEqualTo(900_000L);
        Receipt changed = budgets.submit(process, List.of(bikes, lights));
        assertThat(changed.reference()).isEqualTo(first.reference());
        assertThat(changed.changes()).isEqualTo(1);
        assertThat(budgets.myBallot(process).orElseThrow().choices())
                .extracting(BallotItem::proposal)
                .containsExactlyInAnyOrder(bikes, lights);

        // Another municipality's resident cannot vote; the budget cannot change once ballots are cast.
        signIn.as("ola");
        assertThatThrownBy(() -> budgets.submit(process, List.of(bikes))).isInstanceOf(AccessDeniedException.class);
        signIn.as("saksbehandler");
        assertThat(Refusals.of(() -> setup.putOnBallot(process, bikes, 1L))).isEqualTo("error.budget.ballots-cast");

        // A paper ballot from a service centre counts in the same tally.
        Receipt paper =
                budgets.enterPaperBallot(process, List.of(solar), "Servicetorget Sandvika", StakeholderType.RESIDENT);
        assertThat(paper.choices()).extracting(BallotItem::proposal).containsExactly(solar);
        assertThat(Refusals.of(() -> budgets.enterPaperBallot(process, List.of(solar), " ", StakeholderType.RESIDENT)))
                .isEqualTo("error.field.required");

        // Officials follow the count while it runs; residents see it when the phase is over.
        Results running = budgetResults.results(process).orElseThrow();
        assertThat(running.finalResult()).isFalse();
        assertThat(running.ballots()).isEqualTo(2);
        assertThat(running.paperBallots()).isEqualTo(1);
        signIn.as("kari");
        assertThat(budgetResults.results(process)).isEmpty();
        signIn.as("saksbehandler");
        processes.closePhase(process);
        signIn.as("kari");
        assertThat(Refusals.of(() -> budgets.submit(process, List.of(bikes)))).isEqualTo("error.phase.ended");

        Results results = budgetResults.results(process).orElseThrow();
        assertThat(results.finalResult()).isTrue();
        // bikes 1, lights 1, solar 1 (paper): ties go to the cheaper project; funded while money lasts.
        assertThat(results.ranked()).extracting(r -> r.item().proposal()).containsExactly(lights, bikes, solar);
        assertThat(results.ranked()).extracting(Results.Row::selected).containsExactly(true, true, false);
        assertThat(results.selectedNok()).isEqualTo(550_000L);
        // By district: every project's votes and the funding land in the district it is in.
        assertThat(results.byDistrict().stream()
                        .mapToInt(Results.District::votes)
                        .sum())
                .isEqualTo(3);
        assertThat(results.byDistrict().stream()
                        .mapToLong(Results.District::fundedNok)
                        .sum())
                .isEqualTo(550_000L);
        assertThat(results.byDistrict().stream()
                        .mapToInt(Results.District::projects)
                        .sum())
                .isEqualTo(3);
        assertThat(results.ranked().get(2).paperVotes()).isEqualTo(1);
        // The impact covers exactly the funded projects (those without enough inputs are named as such).
        assertThat(results.selectedImpact().estimated()
                        + results.selectedImpact().incomplete().size())
                .isEqualTo(2);
    }

    @Test
    void aBudgetSplitAmongDistrictsPaysEachProjectFromItsPart() {
        budgetWithThreeProjects();
        // All three projects lie in Haslum.
        assertThat(budgets.budget(process).orElseThrow().items())
                .extracting(BallotItem::districtId)
                .containsOnly("baerum-haslum");
        assertThat(Refusals.of(() -> setup.setDistrictShares(process, Map.of("baerum-haslum", 500_000L))))
                .isEqualTo("error.budget.item-over-part");
        assertThat(Refusals.of(() -> setup.setDistrictShares(process, Map.of("trondheim-midtbyen", 1L))))
                .isEqualTo("error.budget.district");
        assertThat(Refusals.of(() -> setup.setDistrictShares(process, Map.of("baerum-haslum", 2_000_000L))))
                .isEqualTo("error.budget.districts-over-total");
        assertThat(Refusals.of(() -> setup.setDistrictShares(process, Map.of("baerum-haslum", -1L))))
                .isEqualTo("error.budget.negative");
        assertThat(budgets.budget(process).orElseThrow().districts()).isEmpty();

        setup.setDistrictShares(process, Map.of("baerum-haslum", 800_000L));
        Budget split = budgets.budget(process).orElseThrow();
        assertThat(split.districts()).containsExactly(new DistrictShare("baerum-haslum", "Haslum", 800_000L));
        assertThat(split.commonNok()).isEqualTo(200_000L);
        assertThat(Refusals.of(() -> setup.setBudget(process, 700_000L, 1, 3, null)))
                .isEqualTo("error.budget.total-below-districts");

        // A project in Sandvika is paid from the common part.
        signIn.as("kari");
        ProposalId sandvika = proposals.createAndSubmit(
                BAERUM,
                process,
                new ProposalInput(
                        "Benker ved stasjonen", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.52,59.89]}"));
        signIn.as("saksbehandler");
        assertThat(Refusals.of(() -> setup.putOnBallot(process, sandvika, 250_000L)))
                .isEqualTo("error.budget.cost-over-common");
        setup.putOnBallot(process, sandvika, 80_000L);

        // Within the whole budget but over Haslum's share: refused with the district named.
        BasketCheck over = budgets.check(process, List.of(solar, bikes, sandvika));
        assertThat(over.totalNok()).isEqualTo(980_000L);
        assertThat(over.problems())
                .containsExactly(new BasketCheck.Problem("error.ballot.over-district", List.of("Haslum", 100_000L)));
        assertThat(over.parts())
                .containsExactly(
                        new BasketCheck.Part("Haslum", 900_000L, 800_000L),
                        new BasketCheck.Part(null, 80_000L, 200_000L));
        assertThat(budgets.check(process, List.of(solar, sandvika)).fits()).isTrue();

        openBudgetVote();
        signIn.as("kari");
        assertThat(Refusals.of(() -> budgets.submit(process, List.of(solar, bikes))))
                .isEqualTo("error.ballot.over-district");
        budgets.submit(process, List.of(solar, sandvika));
        signIn.as("saksbehandler");
        budgets.enterPaperBallot(process, List.of(solar), "Servicetorget", StakeholderType.RESIDENT);
        budgets.enterPaperBallot(process, List.of(bikes), "Servicetorget", StakeholderType.RESIDENT);

        // solar 2, sandvika 1, bikes 1: bikes would fit in what is left of the whole budget (320,000)
        // but not in what is left of Haslum's share (200,000), so it is not funded.
        Results results = budgetResults.results(process).orElseThrow();
        assertThat(results.ranked())
                .extracting(r -> r.item().proposal())
                .containsExactly(solar, sandvika, bikes, lights);
        assertThat(results.ranked()).extracting(Results.Row::selected).containsExactly(true, true, false, false);
        assertThat(results.selectedNok()).isEqualTo(680_000L);
        assertThat(results.byDistrict())
                .filteredOn(d -> "Haslum".equals(d.name()))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.shareNok()).isEqualTo(800_000L);
                    assertThat(d.fundedNok()).isEqualTo(600_000L);
                });

        // Once ballots are cast the shares stay as they were.
        assertThat(Refusals.of(() -> setup.setDistrictShares(process, Map.of())))
                .isEqualTo("error.budget.ballots-cast");
    }

    @Test
    void anUnconfirmedBasketIsTheSameInEveryTabUntilItIsConfirmed() {
        budgetWithThreeProjects();
        openBudgetVote();
        signIn.as("kari");
        assertThat(baskets.draft(process)).isEmpty();
        ProposalId notOnBallot = new ProposalId(java.util.UUID.randomUUID());
        baskets.keepDraft(process, List.of(solar, notOnBallot, bikes), "tab-1");
        // What another tab (or device) of Kari's reads: only what is on the ballot.
        assertThat(baskets.draft(process)).hasValueSatisfying(d -> assertThat(d).containsExactly(solar, bikes));
        // Nobody else sees it.
        signIn.as("solkraft");
        assertThat(baskets.draft(process)).isEmpty();
        signIn.out();
        assertThat(baskets.draft(process)).isEmpty();
        assertThatThrownBy(() -> baskets.keepDraft(process, List.of(solar), "tab-x"))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);

        signIn.as("kari");
        baskets.keepDraft(process, List.of(), "tab-2");
        assertThat(baskets.draft(process)).hasValueSatisfying(d -> assertThat(d).isEmpty());
        budgets.submit(process, List.of(bikes), "tab-2");
        // Confirmed: the draft is gone, the receipt is what the tabs show.
        assertThat(baskets.draft(process)).isEmpty();
        assertThat(budgets.myBallot(process)).isPresent();
    }

    @Autowired
    WorkshopService workshops;

    @Test
    void theProjectorOfAWorkshopOfTheProcessShowsTheRunningCountToThoseWhoRunIt() {
        budgetWithThreeProjects();
        signIn.as("fasilitator");
        WorkshopId room = workshops
                .create(BAERUM, process, "Budsjettverksted", AREA, List.of())
                .workshop();
        WorkshopId elsewhere =
                workshops.create(BAERUM, "Annet verksted", AREA, List.of()).workshop();
        openBudgetVote();
        signIn.as("kari");
        budgets.submit(process, List.of(bikes));

        // The facilitator is no official: the results page stays closed to them while the vote runs,
        // but their workshop's projector shows the count.
        signIn.as("fasilitator");
        assertThat(budgetResults.results(process)).isEmpty();
        Results onScreen = budgetResults.forProjector(process, room).orElseThrow();
        assertThat(onScreen.ballots()).isEqualTo(1);
        assertThat(onScreen.finalResult()).isFalse();
        // A workshop outside the process does not open it.
        assertThat(budgetResults.forProjector(process, elsewhere)).isEmpty();
        // Nor does a resident who does not run the workshop.
        signIn.as("kari");
        assertThat(budgetResults.forProjector(process, room)).isEmpty();
    }

    @Autowired
    AccountService accounts;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    ModerationService moderation;

    @Test
    void aProjectOnTheBallotStaysWhenItsAuthorDeletesTheirAccountAndAHiddenOneCannotBeChosen() {
        budgetWithThreeProjects();
        String username = "pb." + Long.toHexString(System.nanoTime());
        accounts.register(
                new Registration(
                        username,
                        "Per Budsjett",
                        username + "@example.org",
                        BAERUM,
                        Role.RESIDENT,
                        null,
                        "tåke over vannet i dag"),
                "10.57.0.2");
        // The ideas phase is still open in budgetWithThreeProjects(); a fourth idea by the new resident.
        signIn.as(username);
        ProposalId theirs = proposals.createAndSubmit(
                BAERUM,
                process,
                new ProposalInput(
                        "Benker i parken", "", "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.57,59.92]}"));
        signIn.as("saksbehandler");
        setup.putOnBallot(process, theirs, 50_000L);
        assertThat(Refusals.of(() -> setup.putOnBallot(process, bikes, 2_000_000L)))
                .isEqualTo("error.budget.cost-over-total");

        signIn.as(username);
        deletion.deleteSignedInAccount("tåke over vannet i dag", true);
        // On the ballot, so the municipality answered it: it stays, by "deleted user".
        assertThat(proposals.find(theirs)).isPresent();
        assertThat(budgets.budget(process).orElseThrow().items())
                .extracting(BallotItem::proposal)
                .contains(theirs);

        // Hidden by moderation after it went on the ballot: it leaves the ballot and cannot be chosen.
        signIn.as("saksbehandler");
        moderation.hide(ModerationService.proposal(lights.value()), "Test");
        assertThat(budgets.budget(process).orElseThrow().items())
                .extracting(BallotItem::proposal)
                .doesNotContain(lights);
        assertThat(budgets.check(process, List.of(lights)).problems())
                .extracting(BasketCheck.Problem::messageKey)
                .contains("error.ballot.not-on-ballot");
    }
}

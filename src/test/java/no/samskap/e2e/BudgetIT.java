package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import no.samskap.budgeting.BudgetResults;
import no.samskap.budgeting.BudgetService;
import no.samskap.budgeting.BudgetSetup;
import no.samskap.identity.AccountService;
import no.samskap.identity.Role;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessTemplate;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small participatory budget run end to end: a resident fills a basket over the budget and is told
 * so, confirms one that fits, keeps the receipt and changes the ballot; a second resident votes; the
 * official closes the phase and the result with its impact appears live in a visitor's browser and
 * on the projector of the process's workshop. The second resident's other tab follows their basket.
 */
class BudgetIT extends BrowserTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    private static final String ROOM = "{\"type\":\"Polygon\",\"coordinates\":[[[10.50,59.88],[10.56,59.88],"
            + "[10.56,59.91],[10.50,59.91],[10.50,59.88]]]}";

    @Autowired
    ProcessService processes;

    @Autowired
    ProposalService proposals;

    @Autowired
    BudgetService budgets;

    @Autowired
    BudgetSetup setup;

    @Autowired
    BudgetResults budgetResults;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkshopService workshops;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private ProposalId project(String title, String category, double lon, Map<String, Double> inputs) {
        return proposals.createAndSubmit(
                BAERUM,
                processId,
                new ProposalInput(
                        title, "", category, "{\"type\":\"Point\",\"coordinates\":[" + lon + ",59.915]}", inputs));
    }

    private ProcessId processId;

    @Test
    void aResidentFillsConfirmsAndChangesABallotAndTheResultAppearsLive() {
        accounts.createIfMissing(
                "budget-resident", "Berit Budsjett", "berit@example.org", BAERUM, Role.RESIDENT, null, "samskap-demo");
        as("saksbehandler", () -> {
            processId = processes.create(
                    BAERUM,
                    new ProcessInput(
                            "Folkebudsjett Fornebu",
                            "",
                            null,
                            ProcessTemplate.PARTICIPATORY_BUDGET,
                            processes.template(ProcessTemplate.PARTICIPATORY_BUDGET)));
            return processes.openNextPhase(processId);
        });
        WorkshopId room = as(
                "fasilitator",
                () -> workshops
                        .create(BAERUM, processId, "Budsjettverksted", ROOM, List.of())
                        .workshop());
        ProposalId[] ids = as("kari", () -> new ProposalId[] {
            project("Solceller på Fornebu skole", "ROOFTOP_SOLAR", 10.61, Map.of("kwp", 60.0)),
            project("Sykkelparkering ved stasjonen", "BIKE_LANE", 10.62, Map.of()),
            project("Lys i lysløypa", "BIKE_LANE", 10.63, Map.of())
        });
        as("saksbehandler", () -> {
            setup.setBudget(processId, 1_000_000L, 1, null, null);
            setup.putOnBallot(processId, ids[0], 600_000L);
            setup.putOnBallot(processId, ids[1], 300_000L);
            setup.putOnBallot(processId, ids[2], 250_000L);
            processes.openNextPhase(processId);
            processes.openNextPhase(processId);
            return null;
        });

        try (BrowserContext residentBrowser = english();
                BrowserContext secondBrowser = english();
                BrowserContext officialBrowser = english();
                BrowserContext facilitatorBrowser = english();
                BrowserContext visitorBrowser = english()) {
            Page resident = residentBrowser.newPage();
            logIn(resident, "kari");
            resident.navigate(url("processes/" + processId));
            waitForVaadin(resident);
            resident.getByRole(AriaRole.BUTTON, named("Your ballot")).click();
            resident.getByRole(AriaRole.HEADING, named("Your ballot – Folkebudsjett Fornebu"))
                    .waitFor();

            // Over the budget: told beside the total, and confirming is refused with the same words.
            resident.getByRole(AriaRole.BUTTON, named("Add to ballot: Solceller på Fornebu skole"))
                    .click();
            resident.getByRole(AriaRole.BUTTON, named("Add to ballot: Sykkelparkering ved stasjonen"))
                    .click();
            resident.getByRole(AriaRole.BUTTON, named("Add to ballot: Lys i lysløypa"))
                    .click();
            resident.getByText("150,000 kr over the budget").waitFor();
            resident.locator(".samskap-ballot-problems")
                    .getByText(
                            "Your ballot is 150,000 NOK over the budget.",
                            new Locator.GetByTextOptions().setExact(false))
                    .waitFor();
            resident.getByRole(AriaRole.BUTTON, named("Confirm ballot")).click();
            resident.locator("vaadin-notification-card")
                    .getByText("over the budget", new Locator.GetByTextOptions().setExact(false))
                    .waitFor();
            assertThat(as("kari", () -> budgets.myBallot(processId))).isEmpty();

            // One that fits, with its combined impact beside the money.
            resident.getByRole(AriaRole.BUTTON, named("Remove from ballot: Lys i lysløypa"))
                    .click();
            resident.getByText("100,000 kr left").waitFor();
            resident.getByText("Together (2 proposals)", new Page.GetByTextOptions().setExact(false))
                    .waitFor();
            resident.getByRole(AriaRole.BUTTON, named("Confirm ballot")).click();
            resident.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();
            resident.getByText("Thank you: your ballot is counted.").waitFor();
            String reference = resident.locator(".samskap-receipt")
                    .innerText()
                    .replaceAll("(?s).*Reference ([A-Z2-9-]{9}).*", "$1");
            assertThat(reference).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

            // Changed: the same reference, the new choice.
            resident.getByRole(AriaRole.BUTTON, named("Change ballot")).click();
            resident.getByRole(AriaRole.BUTTON, named("Remove from ballot: Solceller på Fornebu skole"))
                    .click();
            resident.getByRole(AriaRole.BUTTON, named("Add to ballot: Lys i lysløypa"))
                    .click();
            resident.getByText("450,000 kr left").waitFor();
            resident.getByRole(AriaRole.BUTTON, named("Confirm ballot")).click();
            resident.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();
            resident.getByText("Reference " + reference, new Page.GetByTextOptions().setExact(false))
                    .waitFor();
            assertThat(resident.locator(".samskap-receipt").innerText())
                    .contains("Lys i lysløypa")
                    .doesNotContain("Solceller");

            // The workshop's projector shows the count as it runs.
            Page projector = facilitatorBrowser.newPage();
            logIn(projector, "fasilitator");
            projector.navigate(url("workshops/" + room + "/projector"));
            waitForVaadin(projector);
            Locator count = projector.locator(".samskap-projector-budget");
            count.getByText("Participatory budget: the count so far").waitFor();
            count.getByText("One ballot (0 on paper)", new Locator.GetByTextOptions().setExact(false))
                    .waitFor();

            // A second resident votes, with the ballot open in two tabs: the other tab follows the basket.
            Page second = secondBrowser.newPage();
            logIn(second, "budget-resident");
            second.navigate(url("processes/" + processId + "/ballot"));
            waitForVaadin(second);
            Page otherTab = secondBrowser.newPage();
            otherTab.navigate(url("processes/" + processId + "/ballot"));
            waitForVaadin(otherTab);
            second.getByRole(AriaRole.BUTTON, named("Add to ballot: Solceller på Fornebu skole"))
                    .click();
            second.getByText("400,000 kr left").waitFor();
            otherTab.getByText("400,000 kr left").waitFor();
            otherTab.getByRole(AriaRole.BUTTON, named("Remove from ballot: Solceller på Fornebu skole"))
                    .waitFor();
            second.getByRole(AriaRole.BUTTON, named("Confirm ballot")).click();
            second.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();
            second.getByText("Thank you: your ballot is counted.").waitFor();
            // The other tab now shows the receipt too.
            otherTab.locator(".samskap-receipt").waitFor();
            count.getByText("2 ballots (0 on paper)", new Locator.GetByTextOptions().setExact(false))
                    .waitFor();

            // A visitor waits for the result; the official follows the count and closes the vote.
            Page visitor = visitorBrowser.newPage();
            visitor.navigate(url("processes/" + processId + "/results"));
            waitForVaadin(visitor);
            visitor.getByText("The results are shown when the vote has ended.").waitFor();
            Page official = officialBrowser.newPage();
            logIn(official, "saksbehandler");
            official.navigate(url("processes/" + processId + "/results"));
            waitForVaadin(official);
            official.getByText("The count is running", new Page.GetByTextOptions().setExact(false))
                    .waitFor();
            official.getByText("2 ballots (0 on paper)", new Page.GetByTextOptions().setExact(false))
                    .waitFor();
            official.navigate(url("processes/" + processId));
            waitForVaadin(official);
            official.getByRole(AriaRole.BUTTON, named("Close phase")).click();
            official.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();

            visitor.getByText("Final result: the vote has ended.").waitFor();
            count.getByText("Final result: the vote has ended.").waitFor();
            visitor.getByText("What the funded projects achieve together").waitFor();
            assertThat(visitor.locator("vaadin-grid").first().innerText()).contains("Solceller på Fornebu skole");
            // Ties go to the cheaper project, funded while the money lasts: lights and bikes, then solar does not fit.
            assertThat(as(
                            "saksbehandler",
                            () -> budgetResults.results(processId).orElseThrow().selectedNok()))
                    .isEqualTo(550_000L);
        }
    }
}

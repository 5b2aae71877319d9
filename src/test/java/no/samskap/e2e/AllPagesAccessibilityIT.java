package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.impact.ScenarioService;
import no.samskap.processes.ProcessInput;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessTemplate;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** axe (WCAG 2.1 A and AA) on every route of the application, each in the state a user would see it. */
class AllPagesAccessibilityIT extends BrowserTest {

    private final ScenarioService scenarios;
    private final ProposalService proposals;
    private final ProcessService processes;
    /** Serious and critical violations by page; every page is checked before the test fails. */
    private final Map<String, List<String>> serious = new LinkedHashMap<>();

    @Autowired
    AllPagesAccessibilityIT(ScenarioService scenarios, ProposalService proposals, ProcessService processes) {
        this.processes = processes;
        this.scenarios = scenarios;
        this.proposals = proposals;
    }

    @Test
    void noPageHasASeriousOrCriticalViolation() {
        String detail;
        String workshop;
        ProcessId process = as("saksbehandler", () -> {
            ProcessId p = processes.create(
                    MunicipalityId.of("baerum"),
                    new ProcessInput(
                            "Folkebudsjett",
                            "Hva vil du bruke pengene på?",
                            null,
                            ProcessTemplate.PARTICIPATORY_BUDGET,
                            processes.template(ProcessTemplate.PARTICIPATORY_BUDGET)));
            processes.openNextPhase(p);
            return p;
        });
        try (BrowserContext context = english()) {
            Page page = open(context, "proposals");
            List<String> links = page.locator("vaadin-grid a[href^='proposals/']").all().stream()
                    .map(a -> a.getAttribute("href"))
                    .distinct()
                    .limit(2)
                    .toList();
            assertThat(links).hasSize(2);
            detail = links.getFirst();
            String compare = "scenarios/compare/" + scenario(links.get(0)) + "/" + scenario(links.get(1));

            check(
                    page,
                    "",
                    () -> page.locator("samskap-map .leaflet-marker-icon")
                            .first()
                            .waitFor());
            check(page, "proposals", () -> page.locator("vaadin-grid").waitFor());
            check(page, detail, () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(page, "login", () -> page.getByLabel("Username").waitFor());
            check(
                    page,
                    "register",
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(page, "scenarios", () -> page.locator("vaadin-grid").waitFor());
            check(page, compare, () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(page, "kpis", () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(
                    page,
                    "processes",
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(
                    page,
                    "processes/" + process,
                    () -> page.locator(".samskap-timeline").waitFor());
            check(
                    page,
                    "processes/" + demoBudget() + "/ballot",
                    () -> page.locator(".samskap-ballot-item").first().waitFor());
            check(
                    page,
                    "privacy",
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(
                    page,
                    "accessibility",
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(page, "methodology", () -> page.locator("section#heat_pump").waitFor());
            check(
                    page,
                    "workshops",
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(
                    page,
                    "workshops/join",
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(
                    page,
                    "no-such-page-" + UUID.randomUUID(),
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
        }
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            logIn(page, "kari");
            check(
                    page,
                    "proposals/new",
                    () -> page.locator("samskap-map .leaflet-container").waitFor());
            // The drawing tools in use: a point placed, then an area being drawn.
            Locator map = page.locator("samskap-map .leaflet-container");
            map.click();
            page.getByText("Place drawn.").waitFor();
            analyze(page, "proposals/new (point drawn)");
            page.getByText("Area", new Page.GetByTextOptions().setExact(true)).click();
            waitForVaadin(page);
            map.click(new Locator.ClickOptions().setPosition(200, 200));
            map.click(new Locator.ClickOptions().setPosition(300, 220));
            page.locator("samskap-map .marker-icon").first().waitFor();
            analyze(page, "proposals/new (area being drawn)");
            check(
                    page,
                    "notifications",
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
        }
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            logIn(page, "saksbehandler");
            check(
                    page,
                    "moderation",
                    () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(page, "audit", () -> page.getByRole(AriaRole.HEADING).first().waitFor());
            check(
                    page,
                    "processes/new",
                    () -> page.locator(".samskap-phase-row").first().waitFor());
            check(
                    page,
                    "processes/" + demoBudget() + "/results",
                    () -> page.locator("vaadin-grid").first().waitFor());
            check(
                    page,
                    "processes/" + demoBudget() + "/budget",
                    () -> page.locator("vaadin-grid").first().waitFor());
        }
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            logIn(page, "fasilitator");
            check(
                    page,
                    "workshops/new",
                    () -> page.locator("samskap-map .leaflet-container").waitFor());
            Locator map = page.locator("samskap-map .leaflet-container");
            map.click(new Locator.ClickOptions().setPosition(200, 150));
            map.click(new Locator.ClickOptions().setPosition(320, 170));
            page.locator("samskap-map .marker-icon").first().waitFor();
            analyze(page, "workshops/new (area being drawn)");
            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill("Universell utforming");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Create workshop")
                                    .setExact(true))
                    .click();
            page.waitForURL(u -> u.matches(".*/workshops/[0-9a-f-]{36}$"));
            workshop = page.url().substring(page.url().indexOf("workshops/"));
            check(
                    page,
                    workshop,
                    () -> page.locator(".samskap-join-code-value").first().waitFor());
            check(
                    page,
                    workshop + "/projector",
                    () -> page.locator(".samskap-join-code-value").first().waitFor());
        }
        assertThat(serious).as("pages checked").hasSizeGreaterThanOrEqualTo(20);
        assertThat(serious.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .map(e -> "/" + e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private UUID scenario(String detailLink) {
        ProposalId id = ProposalId.parse(detailLink.substring(detailLink.lastIndexOf('/') + 1))
                .orElseThrow();
        ProposalDetails proposal = proposals.find(id).orElseThrow();
        return as("admin", () -> scenarios.save(proposal.municipality(), "Scenario " + proposal.title(), List.of(id)));
    }

    private void check(Page page, String path, Runnable loaded) {
        page.navigate(url(path));
        waitForVaadin(page);
        loaded.run();
        analyze(page, path);
    }

    private void analyze(Page page, String where) {
        waitForVaadin(page);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> found = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " "
                        + v.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .toList())
                .toList();
        serious.put(where, found);
        System.out.println(
                "E2E: axe on /" + where + ": " + results.getViolations().size() + " violations, "
                        + (found.isEmpty() ? "none serious or critical" : "serious or critical: " + found));
    }

    /** The demo's participatory budget, its vote open. */
    private ProcessId demoBudget() {
        return as(
                "saksbehandler",
                () -> processes.list(MunicipalityId.of("baerum")).stream()
                        .filter(p -> p.title().equals("Folkebudsjett Bærum 2027"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }
}

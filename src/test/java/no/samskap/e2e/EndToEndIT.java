package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole chain in real Chromium: log in, draw, submit, and a second browser sees it live. */
class EndToEndIT extends BrowserTest {

    @Test
    void aProposalSubmittedInOneBrowserAppearsInAnotherWithoutReload() {
        try (BrowserContext residentContext = english();
                BrowserContext visitorContext = english()) {
            Page visitor = visitorContext.newPage();
            visitor.navigate(url(""));
            waitForVaadin(visitor);
            visitor.locator("samskap-map .leaflet-container").waitFor();

            Page resident = residentContext.newPage();
            logIn(resident, "kari");
            resident.navigate(url(""));
            resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose a measure"))
                    .click();
            resident.waitForURL(u -> u.endsWith("/proposals/new"));
            waitForVaadin(resident);

            String title = "Solceller på Kolsås skole " + System.nanoTime();
            resident.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill(title);
            resident.getByLabel("Description", new Page.GetByLabelOptions().setExact(true))
                    .fill("Et tak som vender mot sør.");
            resident.getByLabel("Category", new Page.GetByLabelOptions().setExact(true))
                    .click();
            resident.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Energy: Rooftop solar"))
                    .click();
            Locator map = resident.locator("samskap-map .leaflet-container");
            map.waitFor();
            map.click();
            resident.getByText("Place drawn.").waitFor();
            resident.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Submit").setExact(true))
                    .click();

            resident.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName(title).setExact(true))
                    .waitFor();
            assertThat(resident.url()).matches(".*/proposals/[0-9a-f-]{36}$");

            long started = System.nanoTime();
            visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                    .waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("E2E: proposal visible in the second browser " + millis + " ms after its detail page");
            assertThat(visitor.url()).isEqualTo(url(""));
        }
    }

    @Test
    void badInputGetsAMessageNextToTheField() {
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            logIn(page, "kari");
            page.navigate(url("proposals/new"));
            waitForVaadin(page);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Submit").setExact(true))
                    .click();
            page.getByText("This field is required.").first().waitFor();
            assertThat(page.url()).endsWith("/proposals/new");
        }
    }

    @Test
    void mainPagesHaveNoSeriousAccessibilityViolations() {
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            page.navigate(url("proposals"));
            waitForVaadin(page);
            page.locator("vaadin-grid a[href^='proposals/']").first().waitFor();
            String detail =
                    page.locator("vaadin-grid a[href^='proposals/']").first().getAttribute("href");
            for (String path : List.of(
                    "",
                    "proposals",
                    detail,
                    "login",
                    "register",
                    "scenarios",
                    "kpis",
                    "workshops",
                    "workshops/join/ABC234")) {
                page.navigate(url(path));
                waitForVaadin(page);
                // The view has rendered: its heading, the login form or the map.
                page.getByRole(AriaRole.HEADING)
                        .first()
                        .or(page.getByLabel("Username"))
                        .or(page.locator("samskap-map .leaflet-container"))
                        .first()
                        .waitFor();
                AxeResults results = new AxeBuilder(page)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze();
                List<Rule> serious = results.getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .toList();
                assertThat(serious)
                        .as("axe on /" + path + ": "
                                + serious.stream()
                                        .map(v -> v.getId() + " "
                                                + v.getNodes().stream()
                                                        .map(n -> n.getTarget().toString())
                                                        .collect(Collectors.joining(", ")))
                                        .collect(Collectors.joining("; ")))
                        .isEmpty();
                System.out.println("E2E: axe on /" + path + ": "
                        + results.getViolations().size() + " minor/moderate, 0 serious or critical");
            }
        }
    }
}

package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A live workshop over two application nodes (one Hazelcast cluster on loopback, one database),
 * in two Chromium contexts: the facilitator on node A, a guest on node B. Everything either does
 * must reach the other through the cluster.
 */
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopAcrossNodesIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Locator.WaitForOptions LIVE = new Locator.WaitForOptions().setTimeout(10_000);

    TwoNodes nodes;
    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        // Only node A seeds the demo proposals; B finds them in the shared database.
        nodes = new TwoNodes(
                "workshop",
                5931,
                5932,
                List.of("--samskap.proposals.demo-proposals=true"),
                List.of("--samskap.proposals.demo-proposals=false"));
        nodeA = nodes.a;
        nodeB = nodes.b;
        chromium = Chromium.start();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    private static String url(ConfigurableApplicationContext node, String path) {
        return TwoNodes.url(node, path);
    }

    private BrowserContext english() {
        return chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1400, 1000));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setPath(SCREENSHOTS.resolve("workshop-" + name + ".png")));
    }

    /** A round trip to the server that carries the map's visible area (its viewport event). */
    private static boolean deliversMapView(Response response) {
        String body = response.request().postData();
        return response.url().contains("v-r=uidl") && body != null && body.contains("samskap-viewport");
    }

    private static void assertNoSeriousAccessibilityViolations(Page page, String where) {
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " "
                        + v.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .toList())
                .toList();
        assertThat(serious).as("axe on " + where).isEmpty();
    }

    @Test
    void aFacilitatorOnOneNodeAndAGuestOnAnotherWorkTogetherLive() {
        try (BrowserContext facilitatorContext = english();
                BrowserContext guestContext = english()) {
            // The facilitator, on node A, creates a workshop on the visible part of the map.
            Page facilitator = facilitatorContext.newPage();
            facilitator.navigate(url(nodeA, "login"));
            facilitator
                    .getByLabel("Username", new Page.GetByLabelOptions().setExact(true))
                    .fill("fasilitator");
            facilitator
                    .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("samskap-demo");
            button(facilitator, "Log in").click();
            facilitator.waitForURL(u -> !u.contains("/login"));
            facilitator.navigate(url(nodeA, "workshops"));
            BrowserTest.waitForVaadin(facilitator);
            // The new workshop covers what the map shows, so the server must have heard from the map first.
            facilitator.waitForResponse(
                    WorkshopAcrossNodesIT::deliversMapView,
                    () -> button(facilitator, "New workshop").click());
            facilitator.waitForURL(u -> u.endsWith("/workshops/new"));
            BrowserTest.waitForVaadin(facilitator);
            facilitator.locator("samskap-map .leaflet-container").waitFor();
            facilitator
                    .getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill("Sandvika sentrum");
            button(facilitator, "Create workshop").click();
            facilitator.waitForURL(u -> u.matches(".*/workshops/[0-9a-f-]{36}$"));
            BrowserTest.waitForVaadin(facilitator);
            String code = facilitator
                    .locator(".samskap-join-code-value")
                    .first()
                    .textContent()
                    .strip();
            assertThat(code).matches("[A-HJ-NP-Z2-9]{6}");

            // A guest, on node B, joins by code with a name.
            Page guest = guestContext.newPage();
            guest.navigate(url(nodeB, "workshops"));
            BrowserTest.waitForVaadin(guest);
            guest.getByLabel("Join code", new Page.GetByLabelOptions().setExact(true))
                    .fill("zzzzzz");
            guest.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true))
                    .fill("Per Gjest");
            button(guest, "Join").click();
            // The field shows it, and a screen reader announcement may repeat it.
            guest.getByText("No open workshop has this code").first().waitFor();
            guest.getByLabel("Join code", new Page.GetByLabelOptions().setExact(true))
                    .fill(code.toLowerCase());
            button(guest, "Join").click();
            guest.waitForURL(u -> u.matches(".*/workshops/[0-9a-f-]{36}$"));
            BrowserTest.waitForVaadin(guest);
            assertThat(guest.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sandvika sentrum"))
                            .count())
                    .isEqualTo(1);

            // Presence across nodes: each sees the other.
            facilitator
                    .locator(".samskap-presence-summary")
                    .filter(new Locator.FilterOptions().setHasText("Per Gjest"))
                    .waitFor(LIVE);
            guest.locator(".samskap-presence-summary")
                    .filter(new Locator.FilterOptions().setHasText("Frode Fasilitator"))
                    .waitFor(LIVE);

            // "Follow me": the guest's map follows the facilitator's.
            button(facilitator, "Follow me").click();
            guest.getByText("Your map follows the facilitator.").waitFor(LIVE);
            assertThat(button(facilitator, "Follow me").getAttribute("aria-pressed"))
                    .isEqualTo("true");

            // The guest pins an idea (text with markup, which must stay text); the facilitator sees it live.
            String idea = "Sykkelparkering <b>ved</b> stasjonen";
            button(guest, "Place idea").click();
            guest.getByText("Click the map first").waitFor();
            guest.getByLabel("Your idea", new Page.GetByLabelOptions().setExact(true))
                    .fill(idea);
            button(guest, "Use the map centre").click();
            guest.getByText("Location chosen").waitFor();
            long placed = System.nanoTime();
            button(guest, "Place idea").click();
            facilitator
                    .locator(".samskap-idea-text")
                    .filter(new Locator.FilterOptions().setHasText(idea))
                    .waitFor(LIVE);
            long ideaMillis = (System.nanoTime() - placed) / 1_000_000;
            guest.getByText("Idea placed. Everyone sees it now.").waitFor();
            assertThat(facilitator.locator(".samskap-idea-text b").count())
                    .as("typed markup stays text")
                    .isZero();
            shot(guest, "guest");

            assertNoSeriousAccessibilityViolations(guest, "the guest's room");

            // A timed voting round: the guest gives the idea two dots, the facilitator's chart follows.
            button(facilitator, "Start voting round").click();
            guest.getByText("Round 1 is running").waitFor(LIVE);
            guest.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a dot to " + idea))
                    .click();
            guest.getByText("Dots left: 2 of 3").waitFor();
            long voted = System.nanoTime();
            guest.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a dot to " + idea))
                    .click();
            // The chart's numbers are also in a table for screen readers; that is what is read here.
            facilitator
                    .locator(".samskap-round-results td")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^2$")))
                    .first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(10_000).setState(WaitForSelectorState.ATTACHED));
            long dotsMillis = (System.nanoTime() - voted) / 1_000_000;
            guest.getByText("Dots left: 1 of 3").waitFor();
            shot(facilitator, "facilitator");
            assertNoSeriousAccessibilityViolations(facilitator, "the facilitator's room during a round");

            // The room's big screen, opened by the facilitator: code, map and the results.
            Page projector = facilitatorContext.newPage();
            projector.navigate(facilitator.url() + "/projector");
            BrowserTest.waitForVaadin(projector);
            assertThat(projector
                            .locator(".samskap-join-code-value")
                            .textContent()
                            .strip())
                    .isEqualTo(code);
            projector
                    .locator(".samskap-projector-headcount")
                    .filter(new Locator.FilterOptions().setHasText("here"))
                    .waitFor(LIVE);
            // The chart draws without animation; once its numbers are in, the picture is complete.
            projector
                    .locator(".samskap-round-results td")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^2$")))
                    .first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(10_000).setState(WaitForSelectorState.ATTACHED));
            shot(projector, "projector");

            button(facilitator, "End round").click();
            guest.getByText("Round 1 has ended.").waitFor(LIVE);
            projector
                    .getByText("Round 1: results")
                    .first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(10_000).setState(WaitForSelectorState.ATTACHED));
            // The facilitator ends the workshop; the guest downloads the results.
            button(facilitator, "End workshop").click();
            facilitator
                    .locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();
            Download download = guest.waitForDownload(() ->
                    guest.getByText("Download results (CSV)").click(new Locator.ClickOptions().setTimeout(10_000)));
            String csv;
            try {
                csv = Files.readString(download.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(csv)
                    .contains("Sandvika sentrum", code, "Per Gjest", idea)
                    // Every cell is quoted so a spreadsheet never reads one as a formula.
                    .containsPattern("\"round\",\"1\",\"3\",.*,\"2\"\\R");

            // The guest closes the tab; the facilitator on the other node stops seeing them.
            guest.close(new Page.CloseOptions().setRunBeforeUnload(true));
            long closed = System.nanoTime();
            facilitator
                    .locator(".samskap-presence-summary")
                    .filter(new Locator.FilterOptions().setHasNotText("Per Gjest"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(20_000));
            long goneMillis = (System.nanoTime() - closed) / 1_000_000;
            System.out.printf("E2E (two nodes): closed tab on B gone from A's presence after %d ms%n", goneMillis);
            System.out.printf(
                    "E2E (two nodes): click on B to the idea shown on A: %d ms; click on B to the dots in A's chart: %d ms%n",
                    ideaMillis, dotsMillis);
        }
    }
}

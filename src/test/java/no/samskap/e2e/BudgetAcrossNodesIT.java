package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A participatory budget across two nodes (two Spring applications, real Hazelcast members on
 * loopback, one database): a resident's basket changed in a tab on node A shows in their tab on
 * node B, confirming it on A shows the receipt on B, and an official's results page on B counts the
 * ballot live.
 */
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetAcrossNodesIT {

    static final Locator.WaitForOptions LIVE = new Locator.WaitForOptions().setTimeout(10_000);

    TwoNodes nodes;
    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        // The demo profile brings the demo budget with its vote open.
        nodes = new TwoNodes("budget", 5933, 5934, List.of(), List.of());
        nodeA = nodes.a;
        nodeB = nodes.b;
        chromium = Chromium.start();
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

    private static Page logIn(BrowserContext context, ConfigurableApplicationContext node, String user) {
        Page page = context.newPage();
        page.navigate(url(node, "login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("samskap-demo");
        button(page, "Log in").click();
        page.waitForURL(u -> !u.contains("/login"));
        BrowserTest.waitForVaadin(page);
        return page;
    }

    @Test
    void aBasketAndItsBallotFollowThePersonFromNodeToNode() {
        try (BrowserContext onA = english();
                BrowserContext onB = english();
                BrowserContext officialOnB = english()) {
            Page first = logIn(onA, nodeA, "kari");
            first.navigate(url(nodeA, "processes"));
            BrowserTest.waitForVaadin(first);
            first.getByText("Folkebudsjett Bærum 2027").first().click();
            first.waitForURL(u -> u.matches(".*/processes/[0-9a-f-]{36}$"));
            String process = first.url().replaceAll(".*/processes/", "");
            first.navigate(url(nodeA, "processes/" + process + "/ballot"));
            BrowserTest.waitForVaadin(first);

            Page second = logIn(onB, nodeB, "kari");
            second.navigate(url(nodeB, "processes/" + process + "/ballot"));
            BrowserTest.waitForVaadin(second);
            Page official = logIn(officialOnB, nodeB, "saksbehandler");
            official.navigate(url(nodeB, "processes/" + process + "/results"));
            BrowserTest.waitForVaadin(official);
            official.getByText("No ballots (0 on paper)", new Page.GetByTextOptions().setExact(false))
                    .waitFor(LIVE);

            // Added on node A: the tab on node B shows the same basket.
            button(first, "Add to ballot: Solceller på Hosle skole").click();
            first.getByText("1,100,000 kr left").waitFor();
            second.getByText("1,100,000 kr left").waitFor(LIVE);
            button(second, "Remove from ballot: Solceller på Hosle skole").waitFor(LIVE);

            // Changed on node B: node A follows.
            button(second, "Add to ballot: Reparasjonskafé på Bekkestua bibliotek")
                    .click();
            first.getByText("800,000 kr left").waitFor(LIVE);

            // Confirmed on node A: node B shows the receipt, and the official's count on node B moves.
            button(first, "Confirm ballot").click();
            first.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();
            first.getByText("Thank you: your ballot is counted.").waitFor();
            second.locator(".samskap-receipt").waitFor(LIVE);
            assertThat(second.locator(".samskap-receipt").innerText())
                    .contains("Solceller på Hosle skole")
                    .contains("Reparasjonskafé på Bekkestua bibliotek");
            official.getByText("One ballot (0 on paper)", new Page.GetByTextOptions().setExact(false))
                    .waitFor(LIVE);
        }
    }
}

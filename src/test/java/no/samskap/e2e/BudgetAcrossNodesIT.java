package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import no.samskap.SamskapApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
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

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createTempDirectory("samskap-e2e-budget-cluster");
        String cluster = "e2e-budget-" + UUID.randomUUID();
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        nodeA = node(cluster, db, 5933);
        nodeB = node(cluster, db, 5934);
        chromium = Chromium.start();
    }

    private static ConfigurableApplicationContext node(String cluster, String db, int hazelcastPort) {
        SpringApplication app = new SpringApplication(SamskapApplication.class);
        // The demo profile brings the demo budget with its vote open.
        app.setAdditionalProfiles("test", "demo");
        return app.run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + db,
                "--samskap.live.cluster-name=" + cluster,
                "--samskap.live.port=" + hazelcastPort,
                "--samskap.live.members=127.0.0.1:5933,127.0.0.1:5934",
                "--samskap.live.push-interval=250ms");
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static String url(ConfigurableApplicationContext node, String path) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + "/" + path;
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

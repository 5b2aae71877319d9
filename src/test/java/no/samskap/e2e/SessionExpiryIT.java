package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Sessions end on time in a real browser, heartbeats notwithstanding: after the absolute maximum
 * however busy the user is, and after the idle time while the tab only sends heartbeats. Either way
 * the user lands on the login page, is told why, and finds what they saved when they sign in again.
 */
class SessionExpiryIT {

    private static final String EXPIRED =
            "Your session has ended, so you have been signed out. Sign in again – everything you saved is kept.";

    /** Opens a proposal as the signed-in user, supports it, and returns its address. */
    static String supportAProposal(BrowserTest test, Page page) {
        page.navigate(test.url("proposals"));
        BrowserTest.waitForVaadin(page);
        // A proposal of the standing, open process: one in a participatory budget takes no votes now.
        Locator first = page.locator("vaadin-grid a[href^='proposals/']")
                .filter(new Locator.FilterOptions().setHasText("Solceller på taket av Bekkestua skole"))
                .first();
        first.waitFor();
        String detail = first.getAttribute("href");
        page.navigate(test.url(detail));
        BrowserTest.waitForVaadin(page);
        Locator support = page.locator("#vote-support");
        if (!"true".equals(support.getAttribute("aria-pressed"))) {
            support.click();
            page.waitForSelector("#vote-support[aria-pressed='true']");
        }
        return detail;
    }

    static void toldAndNothingLost(BrowserTest test, Page page, String saved) {
        assertThat(page.url()).contains("/login");
        assertThat(page.getByText(EXPIRED).isVisible()).isTrue();
        test.logIn(page, "kari");
        page.navigate(test.url(saved));
        BrowserTest.waitForVaadin(page);
        assertThat(page.locator("#vote-support").getAttribute("aria-pressed"))
                .as("the vote saved before the session ended")
                .isEqualTo("true");
    }

    @Nested
    @TestPropertySource(properties = "samskap.identity.max-session-age=15s")
    class AbsoluteMaximum extends BrowserTest {

        @Test
        void endsASessionThatIsBusyTheWholeTime() {
            try (BrowserContext context = english()) {
                Page page = context.newPage();
                logIn(page, "kari");
                long signedIn = System.nanoTime();
                String saved = supportAProposal(this, page);
                // Busy: moving between pages through the menu until the server ends the session
                // (bounded: 60 moves take far longer than the 15 s).
                String[] menu = {"Proposals", "Scenarios"};
                for (int i = 0; !page.url().contains("/login") && i < 60; i++) {
                    page.locator("vaadin-side-nav-item")
                            .filter(new Locator.FilterOptions().setHasText(menu[i % 2]))
                            .first()
                            .click();
                    page.waitForURL(u -> u.contains("/login") || u.contains("/proposals") || u.contains("/scenarios"));
                    BrowserTest.waitForVaadin(page);
                }
                page.getByText(EXPIRED).waitFor();
                double after = (System.nanoTime() - signedIn) / 1e9;
                System.out.printf("E2E: a busy session ended %.1f s after sign-in (maximum 15 s)%n", after);
                assertThat(after).isGreaterThanOrEqualTo(15.0);
                toldAndNothingLost(this, page, saved);
            }
        }
    }

    @Nested
    // Tomcat counts the idle time in whole minutes: one minute is the shortest there is.
    @TestPropertySource(properties = "server.servlet.session.timeout=1m")
    class IdleTime extends BrowserTest {

        @Test
        void endsASessionWhoseTabOnlySendsHeartbeats() {
            try (BrowserContext context = english()) {
                Page page = context.newPage();
                logIn(page, "kari");
                String saved = supportAProposal(this, page);
                long lastAction = System.nanoTime();
                // Nothing but the tab's heartbeats (every 5 s) from here; Vaadin ends the session and
                // sends the page to the login page on its own.
                page.waitForURL(u -> u.contains("/login"), new Page.WaitForURLOptions().setTimeout(150_000));
                BrowserTest.waitForVaadin(page);
                page.getByText(EXPIRED).waitFor();
                double after = (System.nanoTime() - lastAction) / 1e9;
                System.out.printf("E2E: an idle session ended %.1f s after the last action (idle time 60 s)%n", after);
                assertThat(after).isGreaterThanOrEqualTo(60.0);
                toldAndNothingLost(this, page, saved);
            }
        }
    }
}

package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The map speaks the user's language, and long words wrap instead of widening the page on a phone. */
class TextAndLayoutIT extends BrowserTest {

    @Test
    void theMapsOwnControlsAreLabelledInTheUsersLanguage() {
        assertThat(mapLabels("en-GB")).isEqualTo("Zoom in|Zoom out|Corner of the drawn shape");
        assertThat(mapLabels("nb-NO")).isEqualTo("Zoom inn|Zoom ut|Hjørne i den tegnede figuren");
    }

    /** The zoom buttons and a corner of an area being drawn, as a screen reader announces them. */
    private String mapLabels(String locale) {
        try (BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900))) {
            Page page = context.newPage();
            logIn(
                    page,
                    "fasilitator",
                    locale.startsWith("en") ? "Username" : "Brukernavn",
                    locale.startsWith("en") ? "Password" : "Passord",
                    locale.startsWith("en") ? "Log in" : "Logg inn");
            page.navigate(url("workshops/new"));
            waitForVaadin(page);
            Locator map = page.locator("samskap-map .leaflet-container");
            map.click(new Locator.ClickOptions().setPosition(200, 150));
            page.locator("samskap-map .marker-icon[aria-label]").first().waitFor();
            return page.locator("samskap-map .leaflet-control-zoom-in").getAttribute("aria-label") + "|"
                    + page.locator("samskap-map .leaflet-control-zoom-out").getAttribute("aria-label") + "|"
                    + page.locator("samskap-map .marker-icon[aria-label]")
                            .first()
                            .getAttribute("aria-label");
        }
    }

    @Test
    void aLongUnbrokenTitleWrapsOnANarrowScreen() {
        String title = "Solcellepanel".repeat(9) + "abc";
        assertThat(title).hasSize(120).doesNotContain(" ");
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(390, 844)
                .setIsMobile(true))) {
            Page page = context.newPage();
            logIn(page, "kari");
            page.navigate(url("proposals/new"));
            waitForVaadin(page);
            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill(title);
            page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true))
                    .fill("Langt ord.");
            page.getByLabel("Category", new Page.GetByLabelOptions().setExact(true))
                    .click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Energy: Rooftop solar"))
                    .click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Place a point at the centre of the map"))
                    .click();
            page.getByText("Place drawn.").waitFor();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Submit").setExact(true))
                    .click();
            Locator heading = page.getByRole(
                    AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true));
            heading.waitFor();
            waitForVaadin(page);

            assertThat(page.evaluate(
                            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("the page does not scroll sideways")
                    .isEqualTo(true);
            // The content area scrolls by itself, so the page not scrolling is not enough: the heading must fit the
            // screen.
            assertThat(heading.evaluate("h => h.scrollWidth <= document.documentElement.clientWidth"
                            + " && h.getBoundingClientRect().right <= document.documentElement.clientWidth"))
                    .as("the heading fits")
                    .isEqualTo(true);
            assertThat(page.locator(".samskap-view-title")
                            .evaluate("t => t.scrollWidth <= t.clientWidth"
                                    + " && t.getBoundingClientRect().right <= document.documentElement.clientWidth"))
                    .as("the header's title fits")
                    .isEqualTo(true);
        }
    }

    private void logIn(Page page, String username, String usernameLabel, String passwordLabel, String logIn) {
        page.navigate(url("login"));
        page.getByLabel(usernameLabel, new Page.GetByLabelOptions().setExact(true))
                .fill(username);
        page.getByLabel(passwordLabel, new Page.GetByLabelOptions().setExact(true))
                .fill("samskap-demo");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(logIn).setExact(true))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        waitForVaadin(page);
    }
}

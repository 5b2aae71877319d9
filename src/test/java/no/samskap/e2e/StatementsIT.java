package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import no.samskap.shared.MunicipalityId;
import no.samskap.statements.StatementKind;
import no.samskap.statements.StatementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An official of Bærum writes the municipality's own accessibility statement in Nynorsk; a visitor
 * reading in Nynorsk sees it, one reading in English still sees the template, and text that would
 * run as script in a reader's browser is shown as text.
 */
class StatementsIT extends BrowserTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    StatementService statements;

    @Test
    void anOfficialWritesTheStatementAndVisitorsReadItInTheirLanguage() {
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            // Reachable from every page's menu, without an account, for the municipality in the path.
            page.navigate(url("privacy/baerum"));
            waitForVaadin(page);
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Privacy statement – Bærum"))
                    .waitFor();
            page.getByText("This is Samskap's template").waitFor();
            page.getByText("Datatilsynet", new Page.GetByTextOptions().setExact(false))
                    .first()
                    .waitFor();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accessibility statement"))
                    .first()
                    .click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accessibility statement – Bærum"))
                    .waitFor();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit statement"))
                            .count())
                    .isZero();

            logIn(page, "saksbehandler");
            page.navigate(url("accessibility"));
            waitForVaadin(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit statement"))
                    .click();
            page.getByLabel("Text (Markdown)").waitFor();
            // The editor's language, not the header's.
            page.locator("vaadin-select.samskap-statement-language").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Norsk nynorsk"))
                    .click();
            // The Nynorsk text arrives from the server before typing starts.
            waitForVaadin(page);
            page.getByLabel("Text (Markdown)")
                    .fill(
                            "## Status\n\nSamskap i Bærum oppfyller krava."
                                    + "\n\n<script>window.hacked = true</script>\n\n[Erklæringa på uustatus](https://uustatus.no/nn/erklaringer/publisert/x)");
            page.locator(".samskap-statement-preview")
                    .getByText("Samskap i Bærum oppfyller krava.")
                    .waitFor();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save").setExact(true))
                    .click();
            page.getByText("Saved (Norsk nynorsk).").waitFor();
        }
        assertThat(statements
                        .show(BAERUM, StatementKind.ACCESSIBILITY, Locale.forLanguageTag("nn"))
                        .template())
                .isFalse();

        try (BrowserContext nynorsk = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("nn-NO").setViewportSize(1280, 900))) {
            Page page = nynorsk.newPage();
            page.navigate(url("accessibility/baerum"));
            waitForVaadin(page);
            page.getByText("Samskap i Bærum oppfyller krava.").waitFor();
            page.getByText("Sist endra", new Page.GetByTextOptions().setExact(false))
                    .waitFor();
            assertThat(page.getByText("Dette er malen til Samskap").count()).isZero();
            // The script tag was text, not code.
            assertThat(page.evaluate("() => window.hacked === true")).isEqualTo(false);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erklæringa på uustatus"))
                            .getAttribute("href"))
                    .isEqualTo("https://uustatus.no/nn/erklaringer/publisert/x");
        }
        try (BrowserContext english = english()) {
            Page page = open(english, "accessibility/baerum");
            page.getByText("This is Samskap's template").waitFor();
        }
        as("saksbehandler", () -> {
            statements.revertToTemplate(BAERUM, StatementKind.ACCESSIBILITY, "nn");
            return null;
        });
    }
}

package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An official starts a participatory budget from its template, opens and closes its first phase
 * and writes what it heard; a resident watching the process page sees each step as it happens.
 */
class ProcessIT extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static void confirm(Page page) {
        page.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                .click();
    }

    @Test
    void anOfficialRunsAPhaseAndAResidentSeesItLive() {
        try (BrowserContext official = english();
                BrowserContext resident = english()) {
            Page o = official.newPage();
            logIn(o, "saksbehandler");
            o.navigate(url("processes"));
            waitForVaadin(o);
            o.getByRole(AriaRole.BUTTON, named("New process")).click();
            o.getByLabel("Title").waitFor();

            // Too short a title: told at the field, and nothing typed is lost.
            o.getByLabel("Title").fill("ab");
            o.getByLabel("Description").fill("Hva vil du bruke 2 millioner kroner på i Fornebu?");
            o.getByRole(AriaRole.BUTTON, named("Create process")).click();
            o.getByText("Too short: at least 3 characters.").waitFor();
            assertThat(o.getByLabel("Description").inputValue()).contains("2 millioner");

            o.getByLabel("Title").fill("Folkebudsjett Fornebu");
            // The participatory budget's four phases come from the template.
            assertThat(o.locator(".samskap-phase-row").count()).isEqualTo(4);
            o.getByRole(AriaRole.BUTTON, named("Create process")).click();
            o.getByRole(AriaRole.HEADING, named("Folkebudsjett Fornebu")).waitFor();
            o.getByText("No phase is open now.").waitFor();
            String processUrl = o.url();

            Page r = resident.newPage();
            logIn(r, "kari");
            r.navigate(processUrl);
            waitForVaadin(r);
            r.getByText("No phase is open now.").waitFor();
            r.getByRole(AriaRole.BUTTON, named("Follow process")).click();
            r.getByRole(AriaRole.BUTTON, named("Stop following")).waitFor();

            o.getByRole(AriaRole.BUTTON, named("Open phase: Ideas and proposals"))
                    .click();
            confirm(o);
            o.getByText("Now: Ideas and proposals", new Page.GetByTextOptions().setExact(false))
                    .waitFor();
            // Live in the resident's browser, without a reload.
            r.getByText("Now: Ideas and proposals", new Page.GetByTextOptions().setExact(false))
                    .waitFor();
            r.getByRole(AriaRole.BUTTON, named("New proposal in this process")).waitFor();

            o.getByRole(AriaRole.BUTTON, named("Close phase")).click();
            confirm(o);
            r.getByText("No phase is open now.").waitFor();
            assertThat(r.getByRole(AriaRole.BUTTON, named("New proposal in this process"))
                            .count())
                    .isZero();

            o.getByRole(AriaRole.BUTTON, named("Write what we heard")).click();
            o.getByLabel("Summary (Markdown)").fill("## Vi hørte\n\n- 40 forslag om lys og benker");
            o.getByRole(AriaRole.BUTTON, named("Publish")).click();
            r.getByText("40 forslag om lys og benker").waitFor();
        }
    }
}

package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The participation loop in real Chromium: a resident supports a proposal, another session
 * sees the tally change without reload, an official answers and the resident's bell shows it.
 */
class ParticipationIT extends BrowserTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

    private void logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        logIn(page, username);
        page.close();
    }

    @Test
    void supportAnswerAndBell() {
        signIn.as("solkraft");
        ProposalId id = proposals.createAndSubmit(
                MunicipalityId.of("baerum"),
                new ProposalInput(
                        "Felles solcelleanlegg på Fornebu",
                        "",
                        "ENERGY_COMMUNITY",
                        "{\"type\":\"Point\",\"coordinates\":[10.62,59.90]}"));
        signIn.out();
        String path = "proposals/" + id;
        try (BrowserContext resident = english();
                BrowserContext watcher = english();
                BrowserContext official = english()) {
            Page watching = open(watcher, path);
            Locator watchedTally = watching.locator(".samskap-tally");
            assertThat(watchedTally.textContent()).isEqualTo("0 support, 0 oppose");

            logIn(resident, "kari");
            Page page = open(resident, path);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Support").setExact(true))
                    .click();
            page.locator(".samskap-tally").getByText("1 support, 0 oppose").waitFor();
            watching.locator(".samskap-tally")
                    .getByText("1 support, 0 oppose")
                    .waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            page.getByRole(
                            AriaRole.RADIO,
                            new Page.GetByRoleOptions().setName("For").setExact(true))
                    .check();
            page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true))
                    .fill("Dette støtter jeg fullt ut.");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Post").setExact(true))
                    .click();
            watching.getByText("Dette støtter jeg fullt ut.").waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Follow").setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Unfollow").setExact(true))
                    .waitFor();
            String bellBefore = page.locator(".samskap-bell").getAttribute("aria-label");

            logIn(official, "saksbehandler");
            Page answering = open(official, path);
            answering
                    .getByLabel("New status", new Page.GetByLabelOptions().setExact(true))
                    .click();
            answering
                    .getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Under review"))
                    .click();
            answering
                    .getByLabel("Answer text", new Page.GetByLabelOptions().setExact(true))
                    .fill("Vi vurderer forslaget i planutvalget.");
            answering
                    .getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Answer").setExact(true))
                    .click();
            answering.getByText("Vi vurderer forslaget i planutvalget.").first().waitFor();

            int before = Integer.parseInt(bellBefore.replaceAll("\\D", ""));
            page.locator(".samskap-bell[aria-label='Notifications: " + (before + 1) + " unread']")
                    .waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            // Reporting opens a dialog contributed by another module; it must be in the frontend bundle.
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Report").setExact(true))
                    .click();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Spam"))
                    .check();
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Report").setExact(true))
                    .click();
            page.getByText("Thank you. The municipality will review it.").waitFor();
            page.locator(".samskap-bell").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Felles solcelleanlegg på Fornebu"))
                    .first()
                    .waitFor();
        }
    }
}

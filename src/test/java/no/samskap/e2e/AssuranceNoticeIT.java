package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.ThreadLocalRandom;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Trondheim (demo) voting needs ID-porten at level substantial. A resident with a password
 * account who tries to vote is told so, signs in with ID-porten from the notice, comes back to the
 * same proposal, and the vote counts.
 */
class AssuranceNoticeIT extends BrowserTest {

    private static final MunicipalityId TRONDHEIM = MunicipalityId.of("trondheim");

    @Autowired
    ProposalService proposals;

    @Autowired
    VotingService voting;

    @Test
    void aVoteThatNeedsIdPortenIsOneStepAwayAndBringsThePersonBack() {
        ProposalId p = as(
                "marit",
                () -> proposals.createAndSubmit(
                        TRONDHEIM,
                        new ProposalInput(
                                "Solceller på idrettshallen",
                                "",
                                "ROOFTOP_SOLAR",
                                "{\"type\":\"Point\",\"coordinates\":[10.40,63.42]}")));
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            logIn(page, "marit");
            page.navigate(url("proposals/" + p));
            waitForVaadin(page);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Support").setExact(true))
                    .click();

            // Refused on the server, with what is needed and the one step that gets it.
            page.getByText("To vote here, you need to sign in with ID-porten").waitFor();
            assertThat(voting.tally(p).supportTotal()).isZero();
            page.locator("vaadin-notification-card")
                    .getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign in with ID-porten"))
                    .click();

            page.getByLabel("Test person number").waitFor();
            // A person number of its own, so the identity is linked to this account only.
            page.getByLabel("Test person number")
                    .fill("0101" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();

            // Back on the same proposal, still as Marit, now at level substantial.
            page.waitForURL(u -> u.endsWith("/proposals/" + p));
            waitForVaadin(page);
            page.getByText("Marit Nordmann", new Page.GetByTextOptions().setExact(false))
                    .first()
                    .waitFor();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Support").setExact(true))
                    .click();
            page.locator(".samskap-tally").getByText("1 support, 0 oppose").waitFor();
            assertThat(voting.tally(p).supportTotal()).isEqualTo(1);
        }
    }
}

package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.mail.CaughtMail;
import no.samskap.mail.MailInbox;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.MunicipalityId;
import no.samskap.voting.Tally;
import no.samskap.voting.VotingService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole walk of a new person in Chromium: sign in through the test identity provider at level
 * "substantial", add and confirm an address, vote, follow, get the official answer by mail, choose a
 * weekly digest, unsubscribe from the mail's link, download their data and delete their account;
 * the tallies do not move. A level below substantial is refused on the login page.
 */
class IdPortenWalkIT extends BrowserTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    ProposalService proposals;

    @Autowired
    VotingService voting;

    @Autowired
    MailInbox inbox;

    private CaughtMail mail(String to, String subject) {
        return Awaitility.await("mail '" + subject + "' to " + to)
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> inbox.messages().stream()
                                .filter(m -> m.to().contains(to) && m.subject().startsWith(subject))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** From the login page through the test provider's page, at the level chosen there. */
    private void signInWithIdPorten(Page page, String person, String level) {
        page.navigate(url("login"));
        waitForVaadin(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with ID-porten"))
                .click();
        page.getByLabel("Test person number").waitFor();
        page.getByLabel("Test person number").fill(person);
        page.getByLabel("Level of assurance")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(level));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    @Test
    void aNewPersonWalksFromIdPortenToDeletingTheirAccountAndTheTalliesStay() throws Exception {
        ProposalId p = as(
                "solkraft",
                () -> proposals.createAndSubmit(
                        BAERUM,
                        new ProposalInput(
                                "Solceller på skoletaket",
                                "",
                                "ROOFTOP_SOLAR",
                                "{\"type\":\"Point\",\"coordinates\":[10.54,59.91]}")));
        try (BrowserContext context = english()) {
            Page page = context.newPage();

            // A level below substantial is refused, and says why.
            signInWithIdPorten(page, "06067012345", "Low – below what Samskap accepts, to try a refusal");
            page.waitForURL(u -> u.contains("/login"));
            page.getByText(
                            "You signed in at a lower level of assurance than Samskap requires.",
                            new Page.GetByTextOptions().setExact(false))
                    .first()
                    .waitFor();

            signInWithIdPorten(page, "06067012345", "Substantial – like MinID (idporten-loa-substantial)");
            page.waitForURL(u -> !u.contains("/login") && u.startsWith(url("")));
            waitForVaadin(page);

            // An address, confirmed from its mail (no password: the account was made through ID-porten).
            page.navigate(url("account"));
            waitForVaadin(page);
            page.getByText("You have not given an email address yet.", new Page.GetByTextOptions().setExact(false))
                    .waitFor();
            page.getByLabel("New email address").fill("walk.e2e@example.org");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change email address"))
                    .click();
            Matcher verify = Pattern.compile("\\?token=([A-Za-z0-9_.-]+)")
                    .matcher(mail("walk.e2e@example.org", "Confirm your email address")
                            .text());
            assertThat(verify.find()).isTrue();
            page.navigate(url("verify-email?token=" + verify.group(1)));
            page.getByText("Thank you – your email address is confirmed.").waitFor();

            // Vote and follow.
            page.navigate(url("proposals/" + p));
            waitForVaadin(page);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Support").setExact(true))
                    .click();
            page.locator(".samskap-tally").getByText("1 support, 0 oppose").waitFor();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Follow").setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Unfollow").setExact(true))
                    .waitFor();
            Tally before = voting.tally(p);

            // The official answers; the answer comes by mail at once.
            as("saksbehandler", () -> {
                proposals.answer(p, ProposalState.UNDER_REVIEW, "Vi ser på taket i vår.");
                return p;
            });
            CaughtMail answer = mail("walk.e2e@example.org", "News on");
            assertThat(answer.text()).contains("Solceller på skoletaket");

            // A weekly digest for comments.
            page.navigate(url("account/notifications"));
            waitForVaadin(page);
            page.getByRole(
                            AriaRole.RADIOGROUP,
                            new Page.GetByRoleOptions().setName("New comments on proposals I follow"))
                    .getByText("Weekly digest")
                    .click();
            page.getByText("Saved: New comments on proposals I follow – Weekly digest.")
                    .waitFor();

            // Unsubscribe from the mail's own link.
            Matcher unsubscribe = Pattern.compile("/unsubscribe\\?token=(\\S+)").matcher(answer.text());
            assertThat(unsubscribe.find()).isTrue();
            page.navigate(url("unsubscribe?token=" + unsubscribe.group(1)));
            waitForVaadin(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe"))
                    .click();
            page.getByText("Done – you will not get these mails any more.").waitFor();

            // Download my data.
            page.navigate(url("account/data"));
            waitForVaadin(page);
            Download download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my data"))
                            .click());
            String json = Files.readString(download.path());
            assertThat(json)
                    .contains("walk.e2e@example.org", "idporten-loa-substantial")
                    .doesNotContain("06067012345");

            // Delete my account: no password asked of an ID-porten account; the tallies stay.
            page.locator("vaadin-button.delete-account").click();
            page.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();
            page.waitForURL(u -> u.contains("account/deleted"));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account has been deleted"))
                    .waitFor();
            assertThat(voting.tally(p)).isEqualTo(before);
            assertThat(voting.recount(p)).isEqualTo(before);
        }
    }
}

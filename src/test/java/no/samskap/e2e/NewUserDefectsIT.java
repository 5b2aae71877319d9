package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.moderation.ModerationService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Defects a new user met in Chromium: unknown addresses, reporting comments, the list's live count. */
class NewUserDefectsIT extends BrowserTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    ModerationService moderation;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void anUnknownAddressShowsPageNotFoundToVisitorsAndSignedInUsers() {
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            assertPageNotFound(page, page.navigate(url("no-such-page")));

            logIn(page, "kari");
            assertPageNotFound(page, page.navigate(url("no-such-page")));
        }
    }

    private static void assertPageNotFound(Page page, Response response) {
        // Vaadin answers the document itself with 200 and renders the view in the page; what counts
        // is that the user sees the app's own "Page not found", not an access-denied or login page.
        assertThat(response.status()).isEqualTo(200);
        waitForVaadin(page);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))
                .waitFor();
        assertThat(page.url()).endsWith("/no-such-page");
        assertThat(page.locator(".samskap-view-title").textContent()).isEqualTo("Page not found");
        assertThat(page.title()).isEqualTo("Page not found – Samskap");
    }

    @Test
    void othersCommentsCanBeReportedAndOnesOwnCannot() {
        ProposalId p = submitAs("solkraft", "Kommentarer som kan rapporteres");
        doAs("solkraft", () -> comments.post(p, null, CommentStance.AGAINST, "Dette er et upassende innlegg"));
        doAs("kari", () -> comments.post(p, null, CommentStance.FOR, "Min egen kommentar"));
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            logIn(page, "kari");
            page.navigate(url("proposals/" + p));
            waitForVaadin(page);
            Locator reportComment = page.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report the comment by Solkraft AS"));
            reportComment.waitFor();
            // Her own comment has no report button; only the proposal's and Solkraft's comment have one.
            assertThat(page.getByRole(
                                    AriaRole.BUTTON,
                                    new Page.GetByRoleOptions().setName("Report the comment by Kari Nordmann"))
                            .count())
                    .isZero();

            reportComment.click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByText("Report this comment").waitFor();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Report"))
                    .click();
            dialog.getByText("Choose a reason.").waitFor();
            dialog.getByText("Offensive").click();
            dialog.getByLabel("More details (optional)").fill("Personangrep");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Report"))
                    .click();
            page.getByText("Thank you. The municipality will review it.").waitFor();
        }
        doAs(
                "saksbehandler",
                () -> assertThat(moderation.queue(BAERUM)).anySatisfy(item -> {
                    assertThat(item.info().excerpt()).contains("Dette er et upassende innlegg");
                    assertThat(item.details()).contains("Personangrep");
                }));
    }

    @Test
    void theListCountFollowsProposalsThatArriveLive() {
        try (BrowserContext context = english()) {
            Page page = open(context, "proposals");
            Locator count = page.locator("p[role=status]");
            count.waitFor();
            int before = Integer.parseInt(count.textContent().replaceAll("\\D", ""));

            submitAs("solkraft", "Solceller på Bekkestua bibliotek");

            page.getByText("Solceller på Bekkestua bibliotek").waitFor();
            page.waitForCondition(() -> count.textContent().equals((before + 1) + " proposals"));
            assertThat(count.textContent()).isEqualTo((before + 1) + " proposals");
        }
    }

    private ProposalId submitAs(String username, String title) {
        return as(
                username,
                () -> proposals.createAndSubmit(
                        BAERUM,
                        new ProposalInput(
                                title, "", "ROOFTOP_SOLAR", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
    }

    private void doAs(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}

package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.identity.AccountService;
import no.samskap.identity.Registration;
import no.samskap.identity.Role;
import no.samskap.mail.CaughtMail;
import no.samskap.mail.MailInbox;
import no.samskap.notifications.NotificationService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mail flows as people meet them in Chromium: creating an account and confirming the address from
 * the mail, and "Forgot password?" through to logging in with the new password. Mail goes to the
 * demo's catcher, which an administrator reads in the app; the links are followed from there.
 */
class MailIT extends BrowserTest {

    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_.-]+)");
    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    private static final String PASSWORD = "varsler på e-post";

    @Autowired
    AccountService accounts;

    @Autowired
    ProposalService proposals;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailInbox inbox;

    @Test
    void aNewUserConfirmsTheAddressFromTheMail() {
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            register(page, "tove.e2e", "tove.e2e@example.org");
            page.getByText("We have sent a link to your email address").waitFor();

            String token = tokenFromCaughtMail("tove.e2e@example.org", "Confirm your email address");
            page.navigate(url("verify-email?token=" + token));
            page.getByText("Thank you – your email address is confirmed.").waitFor();

            page.navigate(url("verify-email?token=" + token.substring(0, token.length() - 3) + "xyz"));
            page.getByText("This link is not valid.").waitFor();

            page.navigate(url("login"));
            waitForVaadin(page);
            submitLogin(page, "tove.e2e", "gamle passordet mitt");
            page.navigate(url("account"));
            page.getByText("tove.e2e@example.org – confirmed").waitFor();
        }
    }

    @Test
    void forgotPasswordLeadsToANewPasswordThatWorksAndALinkThatWorksOnce() {
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            register(page, "rune.e2e", "rune.e2e@example.org");
            page.navigate(url("login"));
            waitForVaadin(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forgot password?"))
                    .click();
            page.waitForURL(u -> u.contains("/forgot-password"));
            page.getByLabel("Username or email").fill("Rune.E2E@example.org");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send link"))
                    .click();
            page.getByText("If an account matches, a mail with a link is on its way.")
                    .waitFor();

            String token = tokenFromCaughtMail("rune.e2e@example.org", "Choose a new password");
            page.navigate(url("reset-password?token=" + token));
            waitForVaadin(page);
            Locator password = page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true));
            Locator repeat = page.getByLabel("Repeat the new password");
            password.fill("sju blå hester løper");
            repeat.fill("sju blå hester");
            Locator save =
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password"));
            save.click();
            page.getByText("The passwords do not match.").waitFor();
            assertThat(password.inputValue()).as("what was typed is kept").isEqualTo("sju blå hester løper");
            repeat.fill("sju blå hester løper");
            save.click();
            page.waitForURL(u -> u.contains("/login"));
            page.getByText("Your password has been changed. Log in with the new one.")
                    .waitFor();

            submitLogin(page, "rune.e2e", "sju blå hester løper");
            waitForVaadin(page);

            // The same link a second time changes nothing and says why.
            page.navigate(url("reset-password?token=" + token));
            waitForVaadin(page);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill("noe helt annet her");
            page.getByLabel("Repeat the new password").fill("noe helt annet her");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password"))
                    .click();
            page.getByText("This link has already been used.").waitFor();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a new link"))
                    .waitFor();
        }
    }

    @Test
    void emailNotificationsAreChosenOnTheirPageAndStoppedFromTheMail() throws Exception {
        accounts.register(
                new Registration(
                        "varsel.e2e", "Vera Varsel", "varsel.e2e@example.org", BAERUM, Role.RESIDENT, null, PASSWORD),
                "10.99.0.1",
                java.util.Locale.ENGLISH);
        accounts.confirmSeededEmail("varsel.e2e", java.time.Instant.now());
        ProposalId p = as(
                "solkraft",
                () -> proposals.createAndSubmit(
                        BAERUM,
                        new ProposalInput(
                                "Varmepumpe i hallen",
                                "",
                                "BIKE_LANE",
                                "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}")));
        as("varsel.e2e", () -> {
            notifications.follow(p);
            return p;
        });
        as("saksbehandler", () -> {
            proposals.answer(p, ProposalState.UNDER_REVIEW, "Vi ser på det.");
            return p;
        });
        CaughtMail answer = org.awaitility.Awaitility.await()
                .until(
                        () -> inbox.messages().stream()
                                .filter(m -> m.to().contains("varsel.e2e@example.org")
                                        && m.subject().startsWith("News on"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();

        try (BrowserContext context = english()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            waitForVaadin(page);
            submitLogin(page, "varsel.e2e", PASSWORD);
            page.navigate(url("account"));
            waitForVaadin(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Email notifications"))
                    .click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Email notifications"))
                    .waitFor();
            assertThat(chosen(page, "New comments on proposals I follow", "Daily digest"))
                    .isTrue();
            page.getByRole(
                            AriaRole.RADIOGROUP,
                            new Page.GetByRoleOptions().setName("New comments on proposals I follow"))
                    .getByText("Weekly digest")
                    .click();
            page.getByText("Saved: New comments on proposals I follow – Weekly digest.")
                    .waitFor();
            page.reload();
            waitForVaadin(page);
            assertThat(chosen(page, "New comments on proposals I follow", "Weekly digest"))
                    .isTrue();

            // A mail program's one-click unsubscribe: a POST with the token, no session; GET does nothing.
            String oneClick = answer.oneClickUnsubscribe().replaceAll("^<|>$", "");
            String token = oneClick.substring(oneClick.indexOf("token=") + "token=".length());
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> get = http.send(
                        HttpRequest.newBuilder(URI.create(url("mail/one-click?token=" + token)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(get.statusCode()).isNotEqualTo(200);
                HttpResponse<String> forged = postOneClick(http, token + "x");
                assertThat(forged.statusCode()).isEqualTo(400);
                HttpResponse<String> post = postOneClick(http, token);
                assertThat(post.statusCode()).isEqualTo(200);
            }
            page.reload();
            waitForVaadin(page);
            assertThat(chosen(page, "Official answers to proposals I follow", "Off"))
                    .isTrue();
        }

        // The mail's own link, opened in a browser without signing in: it asks, then turns off.
        Matcher link = Pattern.compile("/unsubscribe\\?token=(\\S+)").matcher(answer.text());
        assertThat(link.find()).isTrue();
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            page.navigate(url("unsubscribe?token=" + link.group(1)));
            waitForVaadin(page);
            page.getByText("Official answers to proposals I follow").waitFor();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe"))
                    .click();
            page.getByText("Done – you will not get these mails any more.").waitFor();
            page.navigate(url("unsubscribe?token=forged"));
            waitForVaadin(page);
            page.getByText("This unsubscribe link is not valid or has expired.").waitFor();
        }
    }

    @Test
    void aPlaceIsWatchedFromTheMapAndABadPickIsExplained() {
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            logIn(page, "ola");
            page.navigate(url("account/notifications"));
            waitForVaadin(page);
            page.getByText("You watch no places yet.").waitFor();
            Locator watch = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Watch this place"));
            watch.click();
            page.getByText("Pick a place on the map first").waitFor();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use the centre of the map"))
                    .click();
            page.getByLabel("Distance").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("1 km"))
                    .click();
            watch.click();
            page.getByText("You now watch this place.").waitFor();
            page.getByText("Within 1 km of").waitFor();
            // The watched place is on the map, its circle around it.
            page.locator("samskap-map .leaflet-marker-icon[aria-label^='Within 1 km of']")
                    .waitFor();
            page.waitForFunction("() => document.querySelectorAll('samskap-map path').length > 0");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Stop watching: Within 1 km of")
                                    .setExact(false))
                    .click();
            page.getByText("You no longer watch that place.").waitFor();
            page.getByText("You watch no places yet.").waitFor();
        }
    }

    /** Fills the login form that is open and waits until it has let the person in. */
    private static void submitLogin(Page page, String username, String password) {
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** Whether the choice is the one checked in the group with this label. */
    private static boolean chosen(Page page, String group, String choice) {
        return page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(group))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(choice))
                .isChecked();
    }

    /** A mail program's one-click POST (RFC 8058). */
    private HttpResponse<String> postOneClick(HttpClient http, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url("mail/one-click?token=" + token)))
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void register(Page page, String username, String email) {
        page.navigate(url("register"));
        waitForVaadin(page);
        page.getByLabel("Username").fill(username);
        page.getByLabel("Display name").fill("Rune Testesen");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("gamle passordet mitt");
        page.getByLabel("Repeat password").fill("gamle passordet mitt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        page.waitForURL(u -> u.contains("/login"));
    }

    /** Reads the mail as the demo's administrator does, under Mail caught, and takes its link's token. */
    private String tokenFromCaughtMail(String to, String subject) {
        try (BrowserContext admin = english()) {
            Page page = admin.newPage();
            logIn(page, "admin");
            Locator mail = page.locator(".caught-mail").filter(new Locator.FilterOptions().setHasText(to));
            // The mail is sent after the request that caused it has been answered: reload until it is in.
            for (int attempt = 0; mail.count() == 0 && attempt < 40; attempt++) {
                page.navigate(url("admin/mail"));
                waitForVaadin(page);
                page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName("Mail caught")
                                        .setLevel(1))
                        .waitFor();
            }
            Locator first =
                    mail.filter(new Locator.FilterOptions().setHasText(subject)).first();
            first.waitFor();
            String href = first.locator("a").first().getAttribute("href");
            Matcher m = TOKEN.matcher(href);
            assertThat(m.find()).as("a link with a token: %s", href).isTrue();
            return m.group(1);
        }
    }
}

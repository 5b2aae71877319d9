package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mail flows as people meet them in Chromium: creating an account and confirming the address from
 * the mail, and "Forgot password?" through to logging in with the new password. Mail goes to the
 * demo's catcher, which an administrator reads in the app; the links are followed from there.
 */
class MailIT extends BrowserTest {

    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_.-]+)");

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
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))
                    .fill("tove.e2e");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("gamle passordet mitt");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            page.waitForURL(u -> !u.contains("/login"));
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

            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))
                    .fill("rune.e2e");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("sju blå hester løper");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            page.waitForURL(u -> !u.contains("/login"));
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

package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.Locale;
import no.samskap.identity.AccountService;
import no.samskap.identity.Registration;
import no.samskap.identity.Role;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "My data" in Chromium: the download is a JSON file about me, my name can be corrected, and I can
 * delete my account, after which it cannot sign in.
 */
class MyDataIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void aPersonDownloadsTheirDataAndCorrectsTheirName() throws Exception {
        accounts.register(
                new Registration(
                        "mine.data",
                        "Mona Feilnavn",
                        "mine.data@example.org",
                        MunicipalityId.of("baerum"),
                        Role.RESIDENT,
                        null,
                        "grønne epler om høsten"),
                "10.44.0.1",
                Locale.ENGLISH);
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            waitForVaadin(page);
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))
                    .fill("mine.data");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("grønne epler om høsten");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Log in").setExact(true))
                    .click();
            page.waitForURL(u -> !u.contains("/login"));
            page.navigate(url("account"));
            waitForVaadin(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My data"))
                    .click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My data"))
                    .waitFor();

            Download download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my data"))
                            .click());
            assertThat(download.suggestedFilename()).isEqualTo("samskap-mine.data.json");
            JsonNode json = JsonMapper.builder().build().readTree(Files.readString(download.path()));
            assertThat(json.get("account").get("account").get("username").asString())
                    .isEqualTo("mine.data");
            assertThat(json.has("proposals")).isTrue();

            Locator name = page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
            Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name"));
            name.fill("");
            save.click();
            page.getByText("This field is required.").waitFor();
            name.fill("Mona Riktig");
            save.click();
            page.getByText("Your name has been corrected.").waitFor();
            page.reload();
            waitForVaadin(page);
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
                            .inputValue())
                    .isEqualTo("Mona Riktig");
            assertThat(page.getByText("Mona Riktig (resident)").count()).isPositive();
        }
    }

    private static void logIn(Page page, String username, String password) {
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
    }

    @Test
    void aPersonDeletesTheirAccountAfterAWrongPasswordAndCannotSignInAgain() {
        accounts.register(
                new Registration(
                        "snart.borte",
                        "Sara Borte",
                        "snart.borte@example.org",
                        MunicipalityId.of("baerum"),
                        Role.RESIDENT,
                        null,
                        "blå hav og hvit sand"),
                "10.44.0.2",
                Locale.ENGLISH);
        try (BrowserContext context = english()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            waitForVaadin(page);
            logIn(page, "snart.borte", "blå hav og hvit sand");
            page.waitForURL(u -> !u.contains("/login"));
            page.navigate(url("account/data"));
            waitForVaadin(page);
            Locator delete = page.locator("vaadin-button.delete-account");
            page.getByLabel("Also remove my proposals and comments that nobody else has responded to")
                    .check();

            // Without the password nothing opens; a wrong one is named at the field, and the choice stays.
            delete.click();
            page.getByText("This field is required.").waitFor();
            Locator password = page.locator("vaadin-password-field.delete-password input");
            password.fill("feil passord");
            delete.click();
            page.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();
            page.getByText("The current password is not correct.").waitFor();
            assertThat(page.getByLabel("Also remove my proposals and comments that nobody else has responded to")
                            .isChecked())
                    .isTrue();

            password.fill("blå hav og hvit sand");
            delete.click();
            page.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]")
                    .click();
            page.waitForURL(u -> u.contains("account/deleted"));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account has been deleted"))
                    .waitFor();
            assertThat(accounts.findByUsername("snart.borte")).isEmpty();

            // Signed out, and the old name and password no longer sign in.
            page.navigate(url("account/data"));
            page.waitForURL(u -> u.contains("/login"));
            waitForVaadin(page);
            logIn(page, "snart.borte", "blå hav og hvit sand");
            page.getByText("Could not log in").first().waitFor();
        }
    }
}

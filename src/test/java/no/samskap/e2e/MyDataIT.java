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

/** "My data" in Chromium: the download is a JSON file about me, and my name can be corrected. */
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
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
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
}

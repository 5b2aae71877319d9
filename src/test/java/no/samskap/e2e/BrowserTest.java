package no.samskap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.function.Supplier;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The running application (demo data) and one Chromium for all tests of a class. */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Chromium chromium;

    @Autowired
    SignIn signIn;

    /** Does something through the services as a demo account, as its browser would. */
    <T> T as(String username, Supplier<T> work) {
        signIn.as(username);
        try {
            return work.get();
        } finally {
            signIn.out();
        }
    }

    @BeforeAll
    void startBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** A fresh browser session in English, as the acceptance labels are English. */
    BrowserContext english() {
        return chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
    }

    Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate(url(path));
        waitForVaadin(page);
        return page;
    }

    /** Waits until Vaadin has no request in flight. */
    static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    void logIn(Page page, String username) {
        page.navigate(url("login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("samskap-demo");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        waitForVaadin(page);
    }
}

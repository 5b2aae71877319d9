package no.samskap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright; Playwright's own browser download is never used. */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE =
            Path.of(System.getenv().getOrDefault("SAMSKAP_CHROMIUM", "/usr/bin/chromium"));

    public final Playwright playwright;
    public final Browser browser;

    private Chromium() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    public static Chromium start() {
        return new Chromium();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

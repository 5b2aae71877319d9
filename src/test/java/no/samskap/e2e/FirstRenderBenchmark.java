package no.samskap.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samskap.identity.AccountService;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.MapSeed;
import no.samskap.proposals.ProposalsSettings;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home page's first render in Chromium with 100,000 proposals in Bærum (5,000 of them areas at
 * the vertex cap): from the start of navigation until the map shows its first markers or clusters,
 * as {@code performance.now()} in the page reports it. Each visit is a fresh browser profile (nothing
 * cached) except the "again" visits, which reload in the same one. Target: 2 s. Not part of the
 * build (the name does not end in IT); see docs/benchmarks.md.
 */
class FirstRenderBenchmark extends BrowserTest {

    private static final String SHOWN =
            "() => document.querySelectorAll('samskap-map .leaflet-marker-icon').length > 0";

    private final List<double[]> steps = new ArrayList<>();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    AccountService accounts;

    @Autowired
    ProposalsSettings settings;

    @Test
    void homePageWithOneHundredThousandProposals() {
        MapSeed.seed(
                jdbc,
                municipalities.get(MunicipalityId.of("baerum")),
                accounts.findByUsername("kari").orElseThrow().id().value(),
                settings.maxVertices(),
                "Chromium");
        // The first visit compiles the server's hot paths: not counted.
        try (BrowserContext context = english()) {
            firstRender(context.newPage(), url(""));
        }
        steps.clear();
        List<Double> fresh = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        int markers = 0;
        for (int i = 0; i < 10; i++) {
            try (BrowserContext context = english()) {
                Page page = context.newPage();
                fresh.add(firstRender(page, url("")));
                markers = ((Number) page.evaluate(
                                "() => document.querySelectorAll('samskap-map .leaflet-marker-icon').length"))
                        .intValue();
                again.add(firstRender(page, url("")));
            }
        }
        // A first visit over a mobile link as Chromium emulates it (40 ms round trip, 9 Mbit/s down,
        // 1.5 Mbit/s up): what compression and the size of the first script are worth.
        List<Double> mobile = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            try (BrowserContext context = english()) {
                Page page = context.newPage();
                JsonObject link = new JsonObject();
                link.addProperty("offline", false);
                link.addProperty("latency", 40);
                link.addProperty("downloadThroughput", 9_000_000 / 8);
                link.addProperty("uploadThroughput", 1_500_000 / 8);
                CDPSession cdp = context.newCDPSession(page);
                cdp.send("Network.enable");
                cdp.send("Network.emulateNetworkConditions", link);
                mobile.add(firstRender(page, url("")));
                cdp.send("Network.disable");
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK first render (100,000 proposals): %d map icons; %s; %s; %s%n",
                markers,
                summary("fresh profile", fresh),
                summary("again, cached", again),
                summary("fresh over a 9 Mbit/s, 40 ms link", mobile));
        // Where a fresh visit's time goes (medians): the page and its scripts, Vaadin and the map
        // element, then the map's data and drawing.
        List<double[]> freshSteps = new ArrayList<>();
        for (int i = 0; i < 2 * fresh.size(); i += 2) {
            freshSteps.add(steps.get(i));
        }
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK first render, fresh profile: page loaded %.0f ms, map element %.0f ms, first icons %.0f ms"
                        + " (medians)%n",
                median(freshSteps, 0),
                median(freshSteps, 1),
                median(freshSteps, 2));
    }

    /** Milliseconds from navigation to the first map icons; the steps before them go to {@link #steps}. */
    private double firstRender(Page page, String address) {
        page.navigate(address);
        page.waitForFunction("() => document.querySelector('samskap-map .leaflet-container')");
        double map = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        page.waitForFunction(SHOWN);
        double shown = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        double loaded = ((Number)
                        page.evaluate("() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
                .doubleValue();
        steps.add(new double[] {loaded, map, shown});
        return shown;
    }

    private static String summary(String name, List<Double> millis) {
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "%s p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d visits)",
                name,
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1],
                sorted.length);
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}

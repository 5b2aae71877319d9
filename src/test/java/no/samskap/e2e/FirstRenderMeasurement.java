package no.samskap.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The home page's first render as a visitor's Chromium sees it: from the start of navigation until
 * the map shows its first markers or clusters, as {@code performance.now()} in the page reports it.
 * Fresh visits use a new browser profile (nothing cached); "again" reloads in the same one; the
 * mobile series emulates a 40 ms, 9 Mbit/s link. Prints its figures as BENCHMARK lines.
 */
public final class FirstRenderMeasurement {

    private static final String SHOWN =
            "() => document.querySelectorAll('samskap-map .leaflet-marker-icon').length > 0";

    private final Browser browser;
    private final List<double[]> steps = new ArrayList<>();

    public FirstRenderMeasurement(Browser browser) {
        this.browser = browser;
    }

    /** The figures of one run, in milliseconds, and the icons the map showed. */
    public record Result(List<Double> fresh, List<Double> again, List<Double> mobile, int icons) {

        public double freshMedian() {
            return percentile(fresh, 0.5);
        }
    }

    /** One uncounted visit, then {@code visits} fresh ones (each reloaded once) and five over a mobile link. */
    public Result measure(String label, String home, int visits) {
        // The first visit compiles the server's hot paths: not counted.
        try (BrowserContext context = english()) {
            firstRender(context.newPage(), home);
        }
        steps.clear();
        List<Double> fresh = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        int icons = 0;
        for (int i = 0; i < visits; i++) {
            try (BrowserContext context = english()) {
                Page page = context.newPage();
                fresh.add(firstRender(page, home));
                icons = ((Number) page.evaluate(
                                "() => document.querySelectorAll('samskap-map .leaflet-marker-icon').length"))
                        .intValue();
                again.add(firstRender(page, home));
            }
        }
        // Chromium's emulation of a mobile link (40 ms round trip, 9 Mbit/s down, 1.5 Mbit/s up):
        // what compression and the size of the first script are worth.
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
                mobile.add(firstRender(page, home));
                cdp.send("Network.disable");
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK first render (%s): %d map icons; %s; %s; %s%n",
                label,
                icons,
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
                "BENCHMARK first render (%s), fresh profile: page loaded %.0f ms, map element %.0f ms,"
                        + " first icons %.0f ms (medians)%n",
                label,
                median(freshSteps, 0),
                median(freshSteps, 1),
                median(freshSteps, 2));
        return new Result(List.copyOf(fresh), List.copyOf(again), List.copyOf(mobile), icons);
    }

    private BrowserContext english() {
        return browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
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
        return String.format(
                Locale.ROOT,
                "%s p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d visits)",
                name,
                percentile(millis, 0.5),
                percentile(millis, 0.95),
                percentile(millis, 1.0),
                millis.size());
    }

    /** Nearest-rank percentile; 0.5 of an even count takes the upper middle, as before. */
    private static double percentile(List<Double> millis, double p) {
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (p == 0.5) {
            return sorted[sorted.length / 2];
        }
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}

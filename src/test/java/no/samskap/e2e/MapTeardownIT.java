package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The map element gives back everything it took when Vaadin removes it: navigating between the
 * map and the list many times inside one page must not pile up Leaflet maps or listeners.
 */
class MapTeardownIT extends BrowserTest {

    static final int ROUND_TRIPS = 50;

    @Test
    void navigatingAwayAndBackManyTimesLeavesNoMapsOrListenersBehind() {
        try (BrowserContext context = english()) {
            Page page = open(context, "");
            page.locator("samskap-map .leaflet-container").waitFor();
            // Survives only as long as the page is not reloaded: the navigation below stays in the app.
            page.evaluate("() => window.samskapSamePage = true");
            CDPSession cdp = context.newCDPSession(page);
            Heap first = null;
            for (int i = 1; i <= ROUND_TRIPS; i++) {
                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName("Proposals").setExact(true))
                        .click();
                page.locator("vaadin-grid").waitFor();
                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName("Map").setExact(true))
                        .click();
                page.locator("samskap-map .leaflet-container").waitFor();
                waitForVaadin(page);
                if (i == 1) {
                    first = Heap.measure(cdp);
                }
            }
            Heap last = Heap.measure(cdp);
            System.out.println("E2E: after 1 round trip " + first + "; after " + ROUND_TRIPS + " " + last);
            assertThat(page.evaluate("() => window.samskapSamePage === true"))
                    .as("no full reload")
                    .isEqualTo(true);
            assertThat(last.maps()).as("live Leaflet maps").isLessThanOrEqualTo(2);
            assertThat(last.documentListeners())
                    .as("document listeners")
                    .isLessThanOrEqualTo(first.documentListeners() + 2);
            assertThat(last.windowListeners()).as("window listeners").isLessThanOrEqualTo(first.windowListeners() + 2);
        }
    }

    @Test
    void aMapTakenOutAndPutBackBuildsItselfAgain() {
        try (BrowserContext context = english()) {
            Page page = open(context, "");
            page.locator("samskap-map .leaflet-container").waitFor();
            page.waitForFunction("() => Number(document.querySelector('samskap-map').dataset.featureCount) > 0");
            Object before = page.evaluate("() => document.querySelector('samskap-map').dataset.featureCount");
            CDPSession cdp = context.newCDPSession(page);
            Heap attached = Heap.measure(cdp);

            page.evaluate("() => { const map = document.querySelector('samskap-map'); const parent = map.parentNode;"
                    + " const next = map.nextSibling; map.remove(); parent.insertBefore(map, next); }");

            page.locator("samskap-map .leaflet-container").waitFor();
            assertThat(page.locator("samskap-map .leaflet-container").count()).isEqualTo(1);
            assertThat(page.evaluate("() => document.querySelector('samskap-map').dataset.featureCount"))
                    .isEqualTo(before);
            page.locator("samskap-map .leaflet-marker-icon").first().waitFor();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Zoom in").setExact(true))
                    .waitFor();
            page.locator("samskap-map .leaflet-container[aria-label]").waitFor();
            assertThat(Heap.measure(cdp).maps()).isEqualTo(attached.maps());
        }
    }

    /** What the page holds on to, counted by Chromium itself after a garbage collection. */
    record Heap(int maps, int documentListeners, int windowListeners) {

        /** Handles DevTools gives out keep their objects alive; they are all released after each count. */
        static final String GROUP = "samskap-heap";

        static Heap measure(CDPSession cdp) {
            cdp.send("HeapProfiler.collectGarbage");
            String prototype = evaluate(cdp, "L.Map.prototype");
            JsonObject query = new JsonObject();
            query.addProperty("prototypeObjectId", prototype);
            query.addProperty("objectGroup", GROUP);
            String instances = cdp.send("Runtime.queryObjects", query)
                    .getAsJsonObject("objects")
                    .get("objectId")
                    .getAsString();
            JsonObject length = new JsonObject();
            length.addProperty("objectId", instances);
            length.addProperty("functionDeclaration", "function () { return this.length; }");
            length.addProperty("returnByValue", true);
            int maps = cdp.send("Runtime.callFunctionOn", length)
                    .getAsJsonObject("result")
                    .get("value")
                    .getAsInt();
            Heap heap = new Heap(maps, listeners(cdp, "document"), listeners(cdp, "window"));
            JsonObject release = new JsonObject();
            release.addProperty("objectGroup", GROUP);
            cdp.send("Runtime.releaseObjectGroup", release);
            return heap;
        }

        private static int listeners(CDPSession cdp, String target) {
            JsonObject params = new JsonObject();
            params.addProperty("objectId", evaluate(cdp, target));
            return cdp.send("DOMDebugger.getEventListeners", params)
                    .getAsJsonArray("listeners")
                    .size();
        }

        private static String evaluate(CDPSession cdp, String expression) {
            JsonObject params = new JsonObject();
            params.addProperty("expression", expression);
            params.addProperty("objectGroup", GROUP);
            return cdp.send("Runtime.evaluate", params)
                    .getAsJsonObject("result")
                    .get("objectId")
                    .getAsString();
        }
    }
}

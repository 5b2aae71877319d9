package no.samskap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import no.samskap.comments.CommentService;
import no.samskap.comments.CommentStance;
import no.samskap.identity.AccountService;
import no.samskap.identity.Role;
import no.samskap.impact.ScenarioService;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.workshops.WorkshopDetails;
import no.samskap.workshops.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A few hundred published XSS payloads (src/test/resources/xss/payloads.txt) typed into every place
 * a user's text appears: proposal titles and descriptions, comments, display names, workshop guest
 * names and ideas, scenario names and the audit log. Chromium then shows every page that renders
 * them; no dialog may open, no alert/confirm/prompt may run and no script or frame may be fetched
 * from elsewhere.
 */
class XssCorpusIT extends BrowserTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final String POINT = "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}";
    /** Replaces the dialogs and counts any call; a payload that runs calls one of them. */
    static final String TRAP = "window.__xss = []; for (const f of ['alert', 'confirm', 'prompt', 'print']) {"
            + " window[f] = (...a) => { window.__xss.push(f + ':' + a.join(',')); }; }";

    private final ProposalService proposals;
    private final CommentService comments;
    private final AccountService accounts;
    private final WorkshopService workshops;
    private final ScenarioService scenarios;

    @Autowired
    XssCorpusIT(
            ProposalService proposals,
            CommentService comments,
            AccountService accounts,
            WorkshopService workshops,
            ScenarioService scenarios) {
        this.proposals = proposals;
        this.comments = comments;
        this.accounts = accounts;
        this.workshops = workshops;
        this.scenarios = scenarios;
    }

    static List<String> payloads() throws IOException {
        try (InputStream in = XssCorpusIT.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    /** The payload as a field takes it: control characters are refused by the server, so they become spaces. */
    static String cut(String text, int max) {
        String t = text.replaceAll("\\p{Cntrl}", " ").strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    @Test
    void noPayloadRunsAnywhereItIsShown() throws Exception {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(200);

        // Titles (one proposal per payload) and one description holding all of them.
        List<ProposalId> made = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (String p : payloads) {
            if (all.length() + p.length() + 2 < 4900) {
                all.append(cut(p, 4000)).append("\n\n");
            }
        }
        ProposalId host = as(
                "kari",
                () -> proposals.createAndSubmit(
                        BAERUM, new ProposalInput("XSS-vert", all.toString(), "BIKE_LANE", POINT)));
        for (String p : payloads) {
            made.add(as(
                    "kari",
                    () -> proposals.createAndSubmit(
                            BAERUM, new ProposalInput(cut(p, 120), cut(p, 4000), "BIKE_LANE", POINT))));
        }
        // Display names (seeded as administration would) who comment with the payloads.
        int i = 0;
        for (String p : payloads) {
            String username = "xss" + i;
            accounts.createIfMissing(
                    username, cut(p, 80), username + "@example.org", BAERUM, Role.RESIDENT, null, "samskap-demo");
            String body = cut(p, 2000);
            as(username, () -> comments.post(host, null, CommentStance.NEUTRAL, body));
            i++;
            if (i == 120) {
                break; // enough authors for one thread page; the rest of the corpus is in titles and text
            }
        }
        // A workshop: guests named with payloads place ideas with payloads.
        WorkshopDetails w = as("fasilitator", () -> {
            WorkshopService.Joined j = workshops.create(
                    BAERUM,
                    "XSS-verksted",
                    "{\"type\":\"Polygon\",\"coordinates\":[[[10.50,59.88],[10.56,59.88],[10.56,59.91],[10.50,59.91],[10.50,59.88]]]}",
                    List.of(host));
            return workshops.details(j.workshop(), j.participant());
        });
        for (int g = 0; g < 60 && g < payloads.size(); g++) {
            WorkshopService.Joined guest = workshops.join(
                    w.joinCode(), cut(payloads.get(g), WorkshopService.MAX_NAME), List.of(), "10.99.0." + g);
            String idea = cut(payloads.get(payloads.size() - 1 - g), 280);
            workshops.placePin(w.id(), guest.participant(), 59.895, 10.53, idea);
        }
        // Scenario names.
        List<java.util.UUID> saved = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            String name = cut(payloads.get(s * 7 % payloads.size()), 80);
            saved.add(as("kari", () -> scenarios.save(BAERUM, name, List.of(host))));
        }

        List<String> escapes = new CopyOnWriteArrayList<>();
        try (BrowserContext context = english()) {
            context.addInitScript(TRAP);
            context.onDialog(d -> {
                escapes.add("dialog " + d.type() + ": " + d.message());
                d.dismiss();
            });
            context.onRequest(r -> {
                String url = r.url();
                boolean local =
                        url.startsWith("http://127.0.0.1:") || url.startsWith("data:") || url.startsWith("blob:");
                String type = r.resourceType();
                if (!local
                        && (type.equals("script")
                                || type.equals("document")
                                || type.equals("xhr")
                                || type.equals("fetch"))) {
                    escapes.add("request " + type + " " + url);
                }
            });
            Page page = context.newPage();
            logIn(page, "admin");
            // The trap catches a script that runs: proven once, so a silent trap cannot pass the test.
            page.evaluate("() => alert('control')");
            assertThat(ran(page)).containsExactly("alert:control");
            page.evaluate("() => { window.__xss = []; }");
            List<String> visited = new ArrayList<>();
            for (String path : List.of(
                    "proposals/" + host,
                    "proposals",
                    "",
                    "workshops/" + w.id().value(),
                    "scenarios/" + saved.getFirst(),
                    "scenarios/compare/" + saved.get(0) + "/" + saved.get(1),
                    "audit",
                    "moderation")) {
                page.navigate(url(path));
                waitForVaadin(page);
                visited.add(path);
                assertThat(ran(page)).as("scripts run on " + path).isEmpty();
            }
            // Each proposal page with a title and description from the corpus.
            for (int k = 0; k < made.size(); k += 8) {
                page.navigate(url("proposals/" + made.get(k)));
                waitForVaadin(page);
                assertThat(ran(page))
                        .as("scripts run on proposal " + k + ": " + payloads.get(k))
                        .isEmpty();
            }
            // The text really is on the pages, as text.
            page.navigate(url("proposals/" + host));
            waitForVaadin(page);
            assertThat(page.content()).contains("XSS-vert");
            assertThat(page.locator("text=onerror").count()).isPositive();
            System.out.printf(
                    Locale.ROOT,
                    "XSS corpus: %d payloads in titles, text, %d names and comments, 60 guests and ideas, 10 scenario"
                            + " names; %d pages shown; %d escapes%n",
                    payloads.size(),
                    120,
                    visited.size() + made.size() / 8,
                    escapes.size());
        }
        assertThat(escapes).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ran(Page page) {
        Object calls = page.evaluate("() => window.__xss || []");
        return calls instanceof List<?> list ? (List<String>) list : List.of();
    }
}

package no.samskap.drills;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab over plain HTTP, speaking Vaadin's own wire protocol ({@link VaadinPage}): it
 * signs in through the login form, opens a route, clicks elements and reads the page state the
 * server sent. A real browser does exactly these requests (client-to-server messages always go by
 * XHR here); what it lacks is rendering, so many of them fit on a small machine for drills.
 */
final class VaadinClient {

    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration HEARTBEAT = Duration.ofSeconds(4);

    private final URI base;
    private final HttpClient http;
    private final VaadinPage page = new VaadinPage();
    private volatile long lastHeartbeat = System.nanoTime();

    VaadinClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    URI base() {
        return base;
    }

    /** Signs in through the login form; false if the server answered with the login page's error. */
    boolean signIn(String username, String password) throws IOException {
        String loginPage = get("login");
        Matcher m = CSRF_META.matcher(loginPage);
        if (!m.find()) {
            throw new IOException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 302 && !location.contains("login");
    }

    /** Opens a route in a new UI, as typing its address does. */
    void open(String route) throws IOException {
        get("");
        page.init(get("?v-r=init&location=" + enc(route) + "&query="));
        navigate(route);
    }

    /** Moves this UI to another route, as a link inside the app does. */
    void navigate(String route) throws IOException {
        rpc(page.navigate(route));
    }

    /**
     * Clicks the element with this id; the answer is applied before this returns. True if the
     * element then has the given attribute value.
     */
    boolean click(String elementId, String attribute, String value) throws IOException {
        rpc(page.click(elementId));
        // What the page shows once the answer is applied: a vote cast again (its first answer was
        // lost with a node) leaves the button pressed without changing it.
        return page.attribute(elementId, attribute).filter(value::equals).isPresent();
    }

    /** The text of the page's main heading, once a view is shown. */
    Optional<String> heading() {
        return page.heading();
    }

    /** Asks for what the server has for this UI (live updates a browser would get by push). */
    void poll() throws IOException {
        rpc(page.poll());
    }

    /** Tells the server the tab is still open, as a browser does every few seconds. */
    void heartbeat() throws IOException {
        lastHeartbeat = System.nanoTime();
        send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    List<String> answerTexts() {
        return page.answerTexts();
    }

    void forgetAnswerTexts() {
        page.forgetAnswerTexts();
    }

    String lastAnswerRaw() {
        return page.lastAnswerRaw();
    }

    boolean sessionExpired() {
        return page.sessionExpired();
    }

    Optional<String> textOfClass(String className) {
        return page.textOfClass(className);
    }

    private void rpc(String message) throws IOException {
        // A browser's heartbeat timer runs beside its requests; without it the server closes the
        // UI after three missed beats (vaadin.heartbeat-interval), however busy the tab is.
        if (System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos()) {
            heartbeat();
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message))
                .build());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for a UIDL request");
        }
        page.answer(response.body());
    }

    private String get(String path) throws IOException {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
        if (response.statusCode() >= 400) {
            throw new IOException("HTTP " + response.statusCode() + " for " + path);
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(request, (n, v) -> true)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

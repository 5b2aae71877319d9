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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, spoken in Vaadin's own wire protocol over plain HTTP: it signs in through the
 * login form, opens a route, clicks elements and reads the page state the server sent. A real
 * browser does exactly these requests (client-to-server messages always go by XHR here); what it
 * lacks is rendering, so many of them fit on a small machine for drills and load tests.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    // Vaadin's state tree features, as numbered on the wire.
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;

    private static final Duration HEARTBEAT = Duration.ofSeconds(4);

    private final URI base;
    private final HttpClient http;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private String securityKey;
    private int syncId;
    private int clientId;
    private boolean sessionExpired;
    private JsonNode lastAnswer = JSON.createObjectNode();
    private volatile long lastHeartbeat = System.nanoTime();
    private final List<String> answerTexts = new ArrayList<>();

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
        String page = get("login");
        Matcher m = CSRF_META.matcher(page);
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
        JsonNode init = JSON.readTree(get("?v-r=init&location=" + enc(route) + "&query="));
        JsonNode uidl = init.path("appConfig").path("uidl");
        nodes.clear();
        constants.clear();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
        navigate(route);
    }

    /** Moves this UI to another route, as a link inside the app does. */
    void navigate(String route) throws IOException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        event(1, "ui-navigate", data);
    }

    /**
     * Clicks the element with this id; the answer is applied before this returns. True if the
     * element then has the given attribute value.
     */
    boolean click(String elementId, String attribute, String value) throws IOException {
        int node = nodeWithId(elementId)
                .orElseThrow(() -> new IllegalStateException("no element #" + elementId + " on the page"));
        ObjectNode data = JSON.createObjectNode();
        String hash =
                nodes.get(node).feature(LISTENERS).getOrDefault("click", "").toString();
        JsonNode expressions = constants.get(hash);
        if (expressions != null) {
            for (String expression : expressions.propertyNames()) {
                if (expression.endsWith("Key")) {
                    data.put(expression, false);
                } else {
                    data.put(expression, 0);
                }
            }
        }
        event(node, "click", data);
        // What the page shows once the answer is applied: a vote cast again (its first answer was
        // lost with a node) leaves the button pressed without changing it.
        return attribute(elementId, attribute).filter(value::equals).isPresent();
    }

    /** The text of the page's main heading, once a view is shown. */
    Optional<String> heading() {
        return nodes.entrySet().stream()
                .filter(e -> "h1".equals(e.getValue().feature(ELEMENT_DATA).get("tag")))
                .max(Map.Entry.comparingByKey())
                .map(e -> text(e.getKey()));
    }

    /** Asks for what the server has for this UI (live updates a browser would get by push). */
    void poll() throws IOException {
        rpc(JSON.createArrayNode());
    }

    /** Tells the server the tab is still open, as a browser does every few seconds. */
    void heartbeat() throws IOException {
        lastHeartbeat = System.nanoTime();
        send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** The texts the last answer put on the page (a notification's message, for instance). */
    List<String> lastAnswerTexts() {
        List<String> texts = new ArrayList<>();
        for (JsonNode change : lastAnswer.path("changes")) {
            JsonNode value = change.path("value");
            if (value.isString() && value.asString().length() > 3) {
                texts.add(value.asString());
            }
        }
        return texts;
    }

    /** Every text the answers since the last {@link #forgetAnswerTexts()} put on the page. */
    List<String> answerTexts() {
        return List.copyOf(answerTexts);
    }

    void forgetAnswerTexts() {
        answerTexts.clear();
    }

    /** The last answer as the server sent it, for a failure's message. */
    String lastAnswerRaw() {
        String raw = lastAnswer.toString();
        return raw.length() > 2000 ? raw.substring(0, 2000) + "…" : raw;
    }

    boolean sessionExpired() {
        return sessionExpired;
    }

    Optional<Integer> nodeWithId(String elementId) {
        return nodes.entrySet().stream()
                .filter(e -> elementId.equals(e.getValue().feature(ATTRIBUTES).get("id")))
                .map(Map.Entry::getKey)
                .max(Integer::compare); // the newest, should an old view's element linger
    }

    /** An attribute of the element with this id, if the element is on the page. */
    Optional<String> attribute(String elementId, String name) {
        return nodeWithId(elementId)
                .map(n -> nodes.get(n).feature(ATTRIBUTES).get(name))
                .map(String::valueOf);
    }

    /** The text inside the first element carrying this class name. */
    Optional<String> textOfClass(String className) {
        return nodes.entrySet().stream()
                .filter(e -> e.getValue().classes.contains(className))
                .map(e -> text(e.getKey()))
                .findFirst();
    }

    /** Every text and string property anywhere on the page, e.g. to find a notification. */
    List<String> allText() {
        List<String> texts = new ArrayList<>();
        for (Node n : nodes.values()) {
            for (Map<String, Object> feature : n.features.values()) {
                for (Object value : feature.values()) {
                    if (value instanceof String s && !s.isBlank()) {
                        texts.add(s);
                    }
                }
            }
        }
        return texts;
    }

    private String text(int node) {
        Node n = nodes.get(node);
        if (n == null) {
            return "";
        }
        Object own = n.feature(TEXT).get("text");
        StringBuilder out = new StringBuilder(own == null ? "" : own.toString());
        for (Integer child : n.children) {
            out.append(text(child));
        }
        return out.toString();
    }

    private JsonNode event(int node, String name, JsonNode data) throws IOException {
        var calls = JSON.createArrayNode();
        ObjectNode call = calls.addObject();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", name);
        call.set("data", data);
        return rpc(calls);
    }

    private JsonNode rpc(JsonNode calls) throws IOException {
        // A browser's heartbeat timer runs beside its requests; without it the server closes the
        // UI after three missed beats (vaadin.heartbeat-interval), however busy the tab is.
        if (System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos()) {
            heartbeat();
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", calls);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)))
                .build());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for a UIDL request");
        }
        String body = response.body();
        JsonNode answer = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        apply(answer);
        lastAnswer = answer;
        return answer;
    }

    private void apply(JsonNode uidl) {
        if (uidl.path("meta").path("sessionExpired").asBoolean(false)) {
            sessionExpired = true;
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            JsonNode changed = change.path("value");
            if (changed.isString() && !changed.asString().isBlank()) {
                answerTexts.add(changed.asString());
            }
            int id = change.path("node").asInt();
            Node node = nodes.computeIfAbsent(id, k -> new Node());
            int feat = change.path("feat").asInt(-1);
            switch (change.path("type").asString()) {
                case "put" -> {
                    Object value = change.has("nodeValue")
                            ? (Object) change.get("nodeValue").asInt()
                            : plain(change.get("value"));
                    node.feature(feat).put(change.path("key").asString(), value);
                }
                case "remove" -> node.feature(feat).remove(change.path("key").asString());
                case "detach" -> nodes.remove(id);
                case "splice" -> splice(node, feat, change);
                case "clear" -> {
                    if (feat == CHILDREN) {
                        node.children = List.of();
                    } else if (feat == CLASSES) {
                        node.classes = List.of();
                    } else {
                        node.feature(feat).clear();
                    }
                }
                default -> {}
            }
        }
    }

    private static void splice(Node node, int feat, JsonNode change) {
        List<Object> list = feat == CHILDREN ? new ArrayList<>(node.children) : new ArrayList<>(node.classes);
        if (feat != CHILDREN && feat != CLASSES) {
            return;
        }
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        List<Object> added = new ArrayList<>();
        change.path("addNodes").forEach(n -> added.add(n.asInt()));
        change.path("add").forEach(v -> added.add(plain(v)));
        list.addAll(Math.min(index, list.size()), added);
        if (feat == CHILDREN) {
            node.children = list.stream().map(Integer.class::cast).toList();
        } else {
            node.classes = list.stream().map(String::valueOf).toList();
        }
    }

    private static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
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

    private static final class Node {
        final Map<Integer, Map<String, Object>> features = new HashMap<>();
        List<Integer> children = List.of();
        List<String> classes = List.of();

        Map<String, Object> feature(int feat) {
            return features.computeIfAbsent(feat, k -> new HashMap<>());
        }
    }
}

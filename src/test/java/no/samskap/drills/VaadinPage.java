package no.samskap.drills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's side of Vaadin's wire protocol, without the transport: the page state the
 * server sent (its tree of nodes), and the messages a browser would send back (navigate, click,
 * type, fire an element's event). {@link VaadinClient} sends them over Java's HTTP client, the load
 * simulation through Gatling.
 */
public final class VaadinPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Vaadin's state tree features, as numbered on the wire.
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<String> answerTexts = new ArrayList<>();
    private String securityKey;
    private int syncId;
    private int clientId;
    private boolean sessionExpired;
    private JsonNode lastAnswer = JSON.createObjectNode();

    /** Starts over from the answer to {@code ?v-r=init}, as a page load does. */
    public void init(String initAnswer) {
        JsonNode uidl = JSON.readTree(initAnswer).path("appConfig").path("uidl");
        nodes.clear();
        constants.clear();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
    }

    /** Applies an answer to one of this page's messages; returns it parsed. */
    public JsonNode answer(String body) {
        JsonNode answer = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        apply(answer);
        lastAnswer = answer;
        return answer;
    }

    /** The message that moves this UI to another route, as a link inside the app does. */
    public String navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return message(event(JSON.createArrayNode(), 1, "ui-navigate", data));
    }

    /** The message a click on the element with this id sends. */
    public String click(String elementId) {
        int node = require(elementId);
        ObjectNode data = JSON.createObjectNode();
        String hash = String.valueOf(nodes.get(node).feature(LISTENERS).getOrDefault("click", ""));
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
        return message(event(JSON.createArrayNode(), node, "click", data));
    }

    /** The message a field sends when the user has typed this text and leaves it. */
    public String type(String elementId, String text) {
        int node = require(elementId);
        ArrayNode calls = JSON.createArrayNode();
        ObjectNode sync = calls.addObject();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", PROPERTIES);
        sync.put("property", "value");
        sync.put("value", text);
        return message(event(calls, node, "change", JSON.createObjectNode()));
    }

    /** The message that fires a custom DOM event on the first element with this tag. */
    public String fire(String tag, String event, Map<String, Object> data) {
        int node = nodes.entrySet().stream()
                .filter(e -> tag.equals(e.getValue().feature(ELEMENT_DATA).get("tag")))
                .map(Map.Entry::getKey)
                .max(Integer::compare)
                .orElseThrow(() -> new IllegalStateException("no <" + tag + "> on the page"));
        ObjectNode json = JSON.createObjectNode();
        data.forEach((k, v) -> json.set(k, JSON.valueToTree(v)));
        return message(event(JSON.createArrayNode(), node, event, json));
    }

    /** A message with nothing in it: the server answers with what it has for this UI. */
    public String poll() {
        return message(JSON.createArrayNode());
    }

    /** Every text the answers since the last {@link #forgetAnswerTexts()} put on the page. */
    public List<String> answerTexts() {
        return List.copyOf(answerTexts);
    }

    public void forgetAnswerTexts() {
        answerTexts.clear();
    }

    /** The last answer as the server sent it, for a failure's message. */
    public String lastAnswerRaw() {
        String raw = lastAnswer.toString();
        return raw.length() > 2000 ? raw.substring(0, 2000) + "…" : raw;
    }

    public boolean sessionExpired() {
        return sessionExpired;
    }

    /** The text of the page's main heading, once a view is shown. */
    public Optional<String> heading() {
        return nodes.entrySet().stream()
                .filter(e -> "h1".equals(e.getValue().feature(ELEMENT_DATA).get("tag")))
                .max(Map.Entry.comparingByKey())
                .map(e -> text(e.getKey()));
    }

    /** True if an element with this tag is on the page. */
    public boolean hasTag(String tag) {
        return nodes.values().stream()
                .anyMatch(n -> tag.equals(n.feature(ELEMENT_DATA).get("tag")));
    }

    public Optional<Integer> nodeWithId(String elementId) {
        return nodes.entrySet().stream()
                .filter(e -> elementId.equals(e.getValue().feature(ATTRIBUTES).get("id")))
                .map(Map.Entry::getKey)
                .max(Integer::compare); // the newest, should an old view's element linger
    }

    /** An attribute of the element with this id, if the element is on the page. */
    public Optional<String> attribute(String elementId, String name) {
        return nodeWithId(elementId)
                .map(n -> nodes.get(n).feature(ATTRIBUTES).get(name))
                .map(String::valueOf);
    }

    /** The text inside the first element carrying this class name. */
    public Optional<String> textOfClass(String className) {
        return nodes.entrySet().stream()
                .filter(e -> e.getValue().classes.contains(className))
                .map(e -> text(e.getKey()))
                .findFirst();
    }

    private int require(String elementId) {
        return nodeWithId(elementId)
                .orElseThrow(() -> new IllegalStateException("no element #" + elementId + " on the page"));
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

    private static ArrayNode event(ArrayNode calls, int node, String name, JsonNode data) {
        ObjectNode call = calls.addObject();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", name);
        call.set("data", data);
        return calls;
    }

    private String message(ArrayNode calls) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", calls);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return JSON.writeValueAsString(message);
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
        if (feat != CHILDREN && feat != CLASSES) {
            return;
        }
        List<Object> list = feat == CHILDREN ? new ArrayList<>(node.children) : new ArrayList<>(node.classes);
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

    private static final class Node {
        final Map<Integer, Map<String, Object>> features = new HashMap<>();
        List<Integer> children = List.of();
        List<String> classes = List.of();

        Map<String, Object> feature(int feat) {
            return features.computeIfAbsent(feat, k -> new HashMap<>());
        }
    }
}

package no.samskap.proposals.internal;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stores the measure's numeric inputs as a small JSON object. */
final class ParameterJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ParameterJson() {}

    static String write(Map<String, Double> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        new TreeMap<>(values).forEach(node::put);
        return MAPPER.writeValueAsString(node);
    }

    static Map<String, Double> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, Double> values = new TreeMap<>();
        JsonNode node = MAPPER.readTree(json);
        node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asDouble()));
        return Map.copyOf(values);
    }
}

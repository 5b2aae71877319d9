package no.samskap.impact;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samskap.shared.MunicipalityId;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each municipality's official territorial emissions (Miljødirektoratet's municipal statistics, by
 * sector) and its climate target, read from data at start-up. A figure that is not in the file is
 * not set: the pages say so rather than invent one. A malformed file stops start-up.
 */
@Component
public class Baselines {

    /**
     * A municipality's climate target for direct (territorial) emissions.
     *
     * @param cutPercent the cut against the base year, in percent
     */
    public record Target(double cutPercent, int baseYear, int targetYear, String wording, String source, String url) {}

    /**
     * One year of the municipal inventory.
     *
     * @param boundary which municipality's area the figures cover (municipal mergers and splits change it)
     * @param population the population of that same area in that year, for per-inhabitant figures
     * @param totalTonnes the total, or null where only the change since the base year is published
     * @param changeFromBasePercent the change since the target's base year (percent, negative is a cut), if published
     * @param sectors tonnes CO2e by sector; sectors the source does not give are absent
     */
    public record Inventory(
            int year,
            Double totalTonnes,
            Double changeFromBasePercent,
            Map<Sector, Double> sectors,
            String boundary,
            Integer population,
            String source,
            String url) {}

    public record Baseline(MunicipalityId municipality, Optional<Target> target, List<Inventory> inventories) {

        /** The inventory of the target's base year, if published figures were found. */
        public Optional<Inventory> base() {
            return target.flatMap(t -> year(t.baseYear()));
        }

        /** The latest year whose total is published. */
        public Optional<Inventory> latest() {
            return inventories.stream()
                    .filter(i -> i.totalTonnes() != null)
                    .max((a, b) -> Integer.compare(a.year(), b.year()));
        }

        public Optional<Inventory> year(int year) {
            return inventories.stream().filter(i -> i.year() == year).findFirst();
        }

        /** Emissions allowed in the target year (t CO2e), if the base year's figure is known. */
        public Optional<Double> targetTonnes() {
            return target.flatMap(t ->
                    base().filter(b -> b.totalTonnes() != null).map(b -> b.totalTonnes() * (1 - t.cutPercent() / 100)));
        }

        /**
         * The cut still needed: from the latest year published down to the target level; from the
         * base year if no later year is known.
         */
        public Optional<Double> remainingCut() {
            return targetTonnes().flatMap(t -> latest().map(l -> l.totalTonnes() - t));
        }
    }

    private final Map<MunicipalityId, Baseline> baselines;

    Baselines(ImpactSettings settings, ResourceLoader resources) throws IOException {
        try (InputStream in = resources.getResource(settings.baselines()).getInputStream()) {
            this.baselines = parse(JsonMapper.builder().build().readTree(in), settings.baselines());
        }
    }

    public Optional<Baseline> find(MunicipalityId municipality) {
        return Optional.ofNullable(baselines.get(municipality));
    }

    /** Parses the baseline format; public for tests of bad files. */
    public static Map<MunicipalityId, Baseline> parse(JsonNode root, String name) {
        Map<MunicipalityId, Baseline> result = new LinkedHashMap<>();
        for (JsonNode m : root.path("municipalities")) {
            String id = text(m, "id", name, "municipality");
            MunicipalityId municipality = MunicipalityId.of(id);
            Optional<Target> target = Optional.empty();
            JsonNode t = m.path("target");
            if (!t.isMissingNode() && !t.isNull()) {
                double cut = number(t, "cutPercent", name, id);
                if (cut <= 0 || cut > 100) {
                    throw bad(name, id + ": target cutPercent must be in (0, 100]");
                }
                target = Optional.of(new Target(
                        cut,
                        (int) number(t, "baseYear", name, id),
                        (int) number(t, "targetYear", name, id),
                        text(t, "wording", name, id),
                        text(t, "source", name, id),
                        url(t, name, id)));
            }
            List<Inventory> inventories = new java.util.ArrayList<>();
            for (JsonNode i : m.path("inventories")) {
                Map<Sector, Double> sectors = new EnumMap<>(Sector.class);
                for (Map.Entry<String, JsonNode> s : i.path("sectors").properties()) {
                    Sector sector;
                    try {
                        sector = Sector.valueOf(s.getKey());
                    } catch (IllegalArgumentException e) {
                        throw bad(name, id + ": unknown sector " + s.getKey());
                    }
                    if (!s.getValue().isNumber()) {
                        throw bad(name, id + ": sector " + s.getKey() + " is not a number");
                    }
                    sectors.put(sector, s.getValue().asDouble());
                }
                JsonNode population = i.path("population");
                Double total = optionalNumber(i, "totalTonnes", name, id);
                Double change = optionalNumber(i, "changeFromBasePercent", name, id);
                if (total == null && change == null) {
                    throw bad(name, id + ": an inventory needs totalTonnes or changeFromBasePercent");
                }
                inventories.add(new Inventory(
                        (int) number(i, "year", name, id),
                        total,
                        change,
                        Map.copyOf(sectors),
                        text(i, "boundary", name, id),
                        population.isNumber() ? population.asInt() : null,
                        text(i, "source", name, id),
                        url(i, name, id)));
            }
            if (result.put(municipality, new Baseline(municipality, target, List.copyOf(inventories))) != null) {
                throw bad(name, id + " appears twice");
            }
        }
        return Map.copyOf(result);
    }

    private static String text(JsonNode node, String field, String name, String where) {
        JsonNode v = node.path(field);
        if (!v.isString() || v.asString().isBlank()) {
            throw bad(name, where + ": " + field + " is missing");
        }
        return v.asString();
    }

    private static String url(JsonNode node, String name, String where) {
        String url = text(node, "url", name, where);
        if (!url.matches("https?://\\S+")) {
            throw bad(name, where + ": url is not a web address");
        }
        return url;
    }

    private static double number(JsonNode node, String field, String name, String where) {
        JsonNode v = node.path(field);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw bad(name, where + ": " + field + " is not a number");
        }
        return v.asDouble();
    }

    private static Double optionalNumber(JsonNode node, String field, String name, String where) {
        return node.path(field).isMissingNode() ? null : number(node, field, name, where);
    }

    private static IllegalStateException bad(String name, String message) {
        return new IllegalStateException("Baseline file " + name + ": " + message);
    }
}

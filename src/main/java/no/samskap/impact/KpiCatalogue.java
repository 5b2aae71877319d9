package no.samskap.impact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The U4SSC key performance indicators (111 entries with their SDG goals), from the KS vocabulary
 * published on data.norge.no.
 */
@Component
public class KpiCatalogue {

    /** One KPI entry; sub-variants (e.g. waste landfilled, burnt, recycled) share a code but not an id. */
    public record Kpi(String id, String code, String name, String dimension, String type, String sdgGoals) {}

    private final Map<String, Kpi> kpis = new LinkedHashMap<>();

    KpiCatalogue() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("impact/u4ssc-kpis.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length >= 8) {
                    kpis.put(f[7], new Kpi(f[7], f[0], f[1], f[2], f[3], f[4]));
                }
            }
        }
    }

    /** The first entry with this code (its sub-variants share the name's stem). */
    public Optional<Kpi> find(String code) {
        return kpis.values().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    public Optional<Kpi> byId(String id) {
        return Optional.ofNullable(kpis.get(id));
    }

    public int size() {
        return kpis.size();
    }

    public Collection<Kpi> all() {
        return kpis.values();
    }
}

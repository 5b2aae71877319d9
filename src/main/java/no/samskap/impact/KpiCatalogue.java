package no.samskap.impact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    /** One KPI. */
    public record Kpi(String code, String name, String dimension, String type, String sdgGoals) {
    }

    private final Map<String, Kpi> kpis = new LinkedHashMap<>();

    KpiCatalogue() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("impact/u4ssc-kpis.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length >= 5) {
                    kpis.put(f[0], new Kpi(f[0], f[1], f[2], f[3], f[4]));
                }
            }
        }
    }

    public Optional<Kpi> find(String code) {
        return Optional.ofNullable(kpis.get(code));
    }

    public int size() {
        return kpis.size();
    }
}

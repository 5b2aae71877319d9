package no.samskap.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.samskap.impact.internal.ModelRunner;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalDetails;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Computing a scenario of 1,000 proposals (target: at most 20 ms). Not part of the suite (the
 * name does not end in Test): {@code ./mvnw test -Dtest=ScenarioBenchmark}; see docs/benchmarks.md.
 */
class ScenarioBenchmark {

    @Test
    void scenarioOfAThousandProposals() throws Exception {
        ImpactSettings settings = new ImpactSettings(
                "classpath:impact/factors.csv",
                Map.of(),
                Map.of("alesund", new ImpactSettings.Target(300_000, 2018, 60, 2030, "test")));
        ImpactService impact =
                new ImpactService(new ModelRunner(new FactorCatalogue(settings, new DefaultResourceLoader())));
        ScenarioCalculator calculator = new ScenarioCalculator(impact, settings);
        List<ProposalDetails> proposals = new ArrayList<>();
        Category[] categories = {
            Category.ROOFTOP_SOLAR,
            Category.HEAT_PUMP,
            Category.LED_STREET_LIGHTING,
            Category.FOOD_WASTE_REDUCTION,
            Category.BIKE_LANE
        };
        List<Map<String, Double>> inputs = List.of(
                Map.of("kwp", 20.0),
                Map.of("homes", 10.0, "type", 2.0),
                Map.of("fittings", 100.0, "wattsBefore", 125.0, "wattsAfter", 37.0),
                Map.of("kgAvoided", 5000.0),
                Map.of("tripsPerDay", 200.0, "tripKm", 4.0));
        for (int i = 0; i < 1_000; i++) {
            proposals.add(ScenarioCalculatorTest.proposal("P" + i, categories[i % 5], inputs.get(i % 5)));
        }
        ScenarioTotals totals = null;
        for (int i = 0; i < 200; i++) {
            totals = calculator.combine(MunicipalityId.of("alesund"), 58_509, proposals);
        }
        int runs = 200;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            totals = calculator.combine(MunicipalityId.of("alesund"), 58_509, proposals);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "BENCHMARK scenario of %d proposals: p50=%.2f ms p95=%.2f ms max=%.2f ms;"
                        + " %.0f t CO2e/yr avoided, %.1f %% of Ålesund's target cut%n",
                proposals.size(),
                nanos[runs / 2] / 1e6,
                nanos[(int) (runs * 0.95)] / 1e6,
                nanos[runs - 1] / 1e6,
                totals.emissionsTonnes().central(),
                totals.shareOfTargetCut() * 100);
        assertThat(totals.estimated()).isEqualTo(1_000);
    }
}

package no.samskap.impact;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import no.samskap.impact.internal.ModelRunner;
import no.samskap.shared.MunicipalityId;
import org.springframework.core.io.DefaultResourceLoader;

/** The impact services as the application builds them, from the shipped catalogue and baselines. */
public final class Impacts {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final MunicipalityId ALESUND = MunicipalityId.of("alesund");
    static final MunicipalityId TRONDHEIM = MunicipalityId.of("trondheim");

    private Impacts() {}

    static ImpactSettings settings(Map<String, Double> electricityByMunicipality, long seed) {
        return new ImpactSettings(
                "classpath:impact/factors.csv",
                "classpath:impact/catalogue-changes.csv",
                "classpath:impact/baselines.json",
                electricityByMunicipality,
                128,
                seed,
                0.04,
                20_000,
                false);
    }

    public static ImpactSettings settings() {
        return settings(Map.of(), 20261204);
    }

    public static FactorCatalogue catalogue(ImpactSettings settings) {
        try {
            return new FactorCatalogue(settings, new DefaultResourceLoader());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImpactService service(ImpactSettings settings) {
        FactorCatalogue catalogue = catalogue(settings);
        return new ImpactService(new ModelRunner(catalogue, settings), catalogue, settings);
    }

    static ImpactService service() {
        return service(settings());
    }

    static Baselines baselines(ImpactSettings settings) {
        try {
            return new Baselines(settings, new DefaultResourceLoader());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScenarioCalculator calculator(ImpactSettings settings) {
        FactorCatalogue catalogue = catalogue(settings);
        ImpactService service = new ImpactService(new ModelRunner(catalogue, settings), catalogue, settings);
        return new ScenarioCalculator(service, catalogue, baselines(settings), settings);
    }

    static Map<String, Double> in(Object... pairs) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return m;
    }
}

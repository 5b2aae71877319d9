package no.samskap.impact;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Impact settings ({@code samskap.impact.*}).
 *
 * @param factors the factor catalogue (CSV, see the file's header)
 * @param changes the catalogue's change log (CSV: version;date;change); its last line is the version
 * @param baselines each municipality's official emissions and target (JSON, see the file)
 * @param electricityEmissionByMunicipality each municipality's chosen central electricity factor (kg CO2e/kWh);
 *        the catalogue's range is still shown
 * @param samples Monte Carlo draws per estimate
 * @param seed the Monte Carlo seed: the same seed gives the same ranges on every node
 * @param discountRate the real discount rate for net present value (Ministry of Finance circular R-109)
 * @param cacheSize estimates kept in memory per node (they depend only on their inputs)
 * @param warmUp compute every public proposal's estimate in the background when the node starts, so
 *        the first scenario of many proposals need not wait for their Monte Carlo runs
 */
@ConfigurationProperties("samskap.impact")
public record ImpactSettings(
        @DefaultValue("classpath:impact/factors.csv") String factors,

        @DefaultValue("classpath:impact/catalogue-changes.csv")
        String changes,

        @DefaultValue("classpath:impact/baselines.json") String baselines,
        Map<String, Double> electricityEmissionByMunicipality,
        @DefaultValue("128") int samples,
        @DefaultValue("20261204") long seed,
        @DefaultValue("0.04") double discountRate,
        @DefaultValue("10000") int cacheSize,
        @DefaultValue("true") boolean warmUp) {

    public ImpactSettings {
        electricityEmissionByMunicipality =
                electricityEmissionByMunicipality == null ? Map.of() : Map.copyOf(electricityEmissionByMunicipality);
        if (samples < 10 || samples > 100_000) {
            throw new IllegalArgumentException("samskap.impact.samples must be between 10 and 100000");
        }
        if (discountRate < 0 || discountRate > 0.2) {
            throw new IllegalArgumentException("samskap.impact.discount-rate must be between 0 and 0.2");
        }
    }
}

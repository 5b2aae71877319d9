package no.samskap.impact;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Impact settings ({@code samskap.impact.*}).
 *
 * @param factors the factor catalogue (CSV, see the file's header)
 * @param electricityEmissionByMunicipality each municipality's chosen central electricity factor (kg CO2e/kWh);
 *        the catalogue's range is still shown
 * @param targets each municipality's emissions baseline and target, for scenarios
 */
@ConfigurationProperties("samskap.impact")
public record ImpactSettings(
        @DefaultValue("classpath:impact/factors.csv") String factors,
        Map<String, Double> electricityEmissionByMunicipality,
        Map<String, Target> targets) {

    public ImpactSettings {
        electricityEmissionByMunicipality =
                electricityEmissionByMunicipality == null ? Map.of() : Map.copyOf(electricityEmissionByMunicipality);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /**
     * A municipality's climate target.
     *
     * @param baselineTonnes territorial emissions in the baseline year (t CO2e)
     * @param cutPercent the cut the target asks for, in percent of the baseline
     * @param source where the figures come from
     */
    public record Target(double baselineTonnes, int baselineYear, double cutPercent, int targetYear, String source) {}
}

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
 */
@ConfigurationProperties("samskap.impact")
public record ImpactSettings(
        @DefaultValue("classpath:impact/factors.csv") String factors,
        Map<String, Double> electricityEmissionByMunicipality) {

    public ImpactSettings {
        electricityEmissionByMunicipality = electricityEmissionByMunicipality == null ? Map.of()
                : Map.copyOf(electricityEmissionByMunicipality);
    }
}

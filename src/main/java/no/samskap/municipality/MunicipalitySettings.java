package no.samskap.municipality;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Municipality settings ({@code samskap.municipality.*}).
 *
 * @param catalogue resources with the municipalities to create on start-up when missing
 * @param defaultId the municipality shown to visitors who have not chosen one
 */
@ConfigurationProperties("samskap.municipality")
public record MunicipalitySettings(
        @DefaultValue({
            "classpath:municipalities/baerum.json",
            "classpath:municipalities/alesund.json",
            "classpath:municipalities/trondheim.json"
        })
        List<String> catalogue,

        @DefaultValue("baerum") String defaultId) {}

package no.samskap.moderation;

import java.util.Map;
import no.samskap.shared.MunicipalityId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Moderation settings ({@code samskap.moderation.*}).
 *
 * @param hideAfterReports open reports by different people after which content is hidden pending review
 * @param hideAfterReportsByMunicipality overrides per municipality id
 */
@ConfigurationProperties("samskap.moderation")
public record ModerationSettings(
        @DefaultValue("3") int hideAfterReports, Map<String, Integer> hideAfterReportsByMunicipality) {

    public ModerationSettings {
        hideAfterReportsByMunicipality =
                hideAfterReportsByMunicipality == null ? Map.of() : Map.copyOf(hideAfterReportsByMunicipality);
    }

    public int threshold(MunicipalityId municipality) {
        return hideAfterReportsByMunicipality.getOrDefault(municipality.value(), hideAfterReports);
    }
}

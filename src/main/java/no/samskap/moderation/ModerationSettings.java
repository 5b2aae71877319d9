package no.samskap.moderation;

import java.time.Duration;
import java.util.Map;
import no.samskap.shared.MunicipalityId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Moderation settings ({@code samskap.moderation.*}).
 *
 * @param hideAfterReports open reports by different people after which content is hidden pending review
 * @param hideAfterReportsByMunicipality overrides per municipality id
 * @param establishedAfter only reports from accounts at least this old (and not blocked) count toward
 *                         automatic hiding, so fresh sock-puppet accounts cannot hide content; all
 *                         reports still reach the moderation queue
 */
@ConfigurationProperties("samskap.moderation")
public record ModerationSettings(
        @DefaultValue("3") int hideAfterReports,
        Map<String, Integer> hideAfterReportsByMunicipality,
        @DefaultValue("7d") Duration establishedAfter) {

    public ModerationSettings {
        hideAfterReportsByMunicipality =
                hideAfterReportsByMunicipality == null ? Map.of() : Map.copyOf(hideAfterReportsByMunicipality);
    }

    public int threshold(MunicipalityId municipality) {
        return hideAfterReportsByMunicipality.getOrDefault(municipality.value(), hideAfterReports);
    }
}

package no.samskap.notifications;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification mail settings ({@code samskap.notifications.*}).
 *
 * @param digestHour the hour of the day (in {@code digestZone}) from which daily digests go out;
 *                   weekly digests go out on Mondays from the same hour
 * @param digestZone the time zone of that hour
 * @param digestCheck how often a node looks for digests that are due
 * @param maxDigestItems most notifications one digest lists (the newest); the rest wait for the next
 * @param maxWatches most places one person may watch for new proposals
 * @param watchRadii the distances (metres) one may choose around a watched place
 */
@ConfigurationProperties("samskap.notifications")
public record NotificationSettings(
        @DefaultValue("7") int digestHour,
        @DefaultValue("Europe/Oslo") ZoneId digestZone,
        @DefaultValue("5m") Duration digestCheck,
        @DefaultValue("50") int maxDigestItems,
        @DefaultValue("5") int maxWatches,

        @DefaultValue({"250", "500", "1000", "2000", "5000"})
        java.util.List<Integer> watchRadii) {

    public NotificationSettings {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("samskap.notifications.digest-hour must be 0 to 23");
        }
        if (maxWatches < 0 || watchRadii.isEmpty() || watchRadii.stream().anyMatch(r -> r < 1 || r > 50_000)) {
            throw new IllegalArgumentException(
                    "samskap.notifications: max-watches must be 0 or more, watch-radii 1 to 50000 metres");
        }
        watchRadii = java.util.List.copyOf(watchRadii);
        if (maxDigestItems < 1) {
            throw new IllegalArgumentException("samskap.notifications.max-digest-items must be at least 1");
        }
    }
}

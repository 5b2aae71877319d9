package no.samskap.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Map settings ({@code samskap.map.*}).
 *
 * @param tileUrl background tile URL template (https); the map still works when tiles cannot load
 * @param tileAttribution plain-text attribution the tile provider requires
 * @param maxZoom the highest zoom the tiles offer
 */
@ConfigurationProperties("samskap.map")
public record MapSettings(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        String tileUrl,

        @DefaultValue("© OpenStreetMap contributors") String tileAttribution,
        @DefaultValue("19") int maxZoom) {}

package no.samskap.map;

import org.springframework.stereotype.Component;

/** Makes maps with the configured background, so views need not know the tile settings. */
@Component
public class Maps {

    private final MapSettings settings;

    Maps(MapSettings settings) {
        this.settings = settings;
    }

    public LeafletMap create() {
        LeafletMap map = new LeafletMap();
        map.setTileLayer(settings.tileUrl(), settings.tileAttribution(), settings.maxZoom());
        return map;
    }
}

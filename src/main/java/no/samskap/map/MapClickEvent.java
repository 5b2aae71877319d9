package no.samskap.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user clicked the map (outside drawing). */
@DomEvent("samskap-map-click")
public class MapClickEvent extends ComponentEvent<LeafletMap> {

    private final double lat;
    private final double lon;

    public MapClickEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lon") double lon) {
        super(source, fromClient);
        this.lat = lat;
        this.lon = lon;
    }

    public double getLat() {
        return lat;
    }

    public double getLon() {
        return lon;
    }
}

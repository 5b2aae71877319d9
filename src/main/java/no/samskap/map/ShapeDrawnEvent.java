package no.samskap.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The user drew or changed the shape. The GeoJSON comes from the browser and must be
 * validated like any other input.
 */
@DomEvent("samskap-shape-drawn")
public class ShapeDrawnEvent extends ComponentEvent<LeafletMap> {

    private final String geoJson;

    public ShapeDrawnEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.geoJson") String geoJson) {
        super(source, fromClient);
        this.geoJson = geoJson;
    }

    /** The drawn geometry as a GeoJSON geometry object. */
    public String getGeoJson() {
        return geoJson;
    }
}

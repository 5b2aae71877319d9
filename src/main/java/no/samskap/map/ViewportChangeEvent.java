package no.samskap.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The visible area changed (debounced in the browser), or the map was first laid out. */
@DomEvent("samskap-viewport")
public class ViewportChangeEvent extends ComponentEvent<LeafletMap> {

    private final double south;
    private final double west;
    private final double north;
    private final double east;
    private final int zoom;
    private final boolean byUser;

    public ViewportChangeEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.south") double south,
            @EventData("event.detail.west") double west,
            @EventData("event.detail.north") double north,
            @EventData("event.detail.east") double east,
            @EventData("event.detail.zoom") int zoom,
            @EventData("event.detail.byUser") boolean byUser) {
        super(source, fromClient);
        // The browser may report a box beyond the world when zoomed far out.
        this.south = clamp(south, -90, 90);
        this.north = clamp(north, this.south, 90);
        this.west = clamp(west, -180, 180);
        this.east = clamp(east, this.west, 180);
        this.zoom = zoom;
        this.byUser = byUser;
    }

    /** Whether the user panned or zoomed (rather than the server moving the map). */
    public boolean isByUser() {
        return byUser;
    }

    public double getCentreLat() {
        return (south + north) / 2;
    }

    public double getCentreLon() {
        return (west + east) / 2;
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? min : Math.max(min, Math.min(max, value));
    }

    public double getSouth() {
        return south;
    }

    public double getWest() {
        return west;
    }

    public double getNorth() {
        return north;
    }

    public double getEast() {
        return east;
    }

    public int getZoom() {
        return zoom;
    }
}

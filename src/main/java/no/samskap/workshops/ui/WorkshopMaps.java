package no.samskap.workshops.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import no.samskap.map.LayerStyle;
import no.samskap.map.LeafletMap;
import no.samskap.map.MapFeature;
import no.samskap.proposals.ProposalMarker;
import no.samskap.shared.GeoJson;
import no.samskap.shared.PersonName;
import no.samskap.workshops.Pin;
import no.samskap.workshops.PinId;
import no.samskap.workshops.WorkshopDetails;
import org.locationtech.jts.geom.Envelope;

/** What a workshop puts on a map: its area, its proposals and its idea pins. */
final class WorkshopMaps {

    static final String PIN_COLOUR = "#7c3aed";
    static final String CONVERTED_COLOUR = "#0f766e";

    /** The zoom shared when the facilitator's map has not reported its own view yet. */
    static final int ZOOM = 15;

    private WorkshopMaps() {}

    /** The middle of the workshop's area, as {lat, lon}. */
    static double[] centre(WorkshopDetails w) {
        var c = GeoJson.parse(w.areaGeoJson()).getCentroid();
        return new double[] {c.getY(), c.getX()};
    }

    static String rectangle(double south, double west, double north, double east) {
        return String.format(
                Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                west,
                south,
                east,
                south,
                east,
                north,
                west,
                north,
                west,
                south);
    }

    /** Draws the area and zooms to it. */
    static void showArea(LeafletMap map, WorkshopDetails w) {
        map.setGeoJsonLayer("workshop-area", w.areaGeoJson(), new LayerStyle("#7c3aed", 3, 0.05, true));
        Envelope e = GeoJson.parse(w.areaGeoJson()).getEnvelopeInternal();
        map.fitBounds(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX());
    }

    static List<MapFeature> features(WorkshopDetails w, List<Pin> pins, UnaryOperator<String> translate) {
        List<MapFeature> features = new ArrayList<>();
        for (ProposalMarker p : w.proposals()) {
            features.add(new MapFeature(
                    "proposal:" + p.id(),
                    null,
                    p.lat(),
                    p.lon(),
                    p.category().group().color(),
                    p.title()));
        }
        pins.forEach(p -> features.add(feature(p, translate)));
        return features;
    }

    /** Keeps a map's idea pins as the room's ideas change. */
    static RoomState.Listener pinsOn(LeafletMap map) {
        return new RoomState.Listener() {
            @Override
            public void pinChanged(Pin pin) {
                map.putFeature(feature(pin, k -> map.getTranslation(k)));
            }

            @Override
            public void pinsRemoved(List<PinId> removed) {
                removed.forEach(id -> map.removeFeature("pin:" + id));
            }
        };
    }

    static MapFeature feature(Pin p, UnaryOperator<String> translate) {
        return new MapFeature(
                p.itemKey(),
                null,
                p.lat(),
                p.lon(),
                p.proposal() == null ? PIN_COLOUR : CONVERTED_COLOUR,
                p.text() + " — " + PersonName.shown(p.authorName(), translate));
    }
}

package no.samskap.map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Leaflet map with overlays, clustered features and drawing. Generic: callers decide what
 * features mean. Data goes to the browser as JSON strings; user text is only ever shown as text.
 */
@Tag("samskap-map")
@JsModule("./samskap-map.ts")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "@geoman-io/leaflet-geoman-free", version = "2.18.3")
@NpmPackage(value = "@types/leaflet", version = "1.9.20")
@NpmPackage(value = "@types/leaflet.markercluster", version = "1.5.6")
public class LeafletMap extends Component implements HasSize, HasStyle {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The element's own texts (zoom buttons, drawing hints, corners of a shape): property name to message key. */
    static final Map<String, String> TEXT_KEYS = Map.of(
            "zoomIn", "map.zoom-in",
            "zoomOut", "map.zoom-out",
            "drawnPoint", "map.drawn-point",
            "vertex", "map.vertex",
            "midpoint", "map.midpoint",
            "firstVertex", "map.draw.first-vertex",
            "continueLine", "map.draw.continue-line",
            "finishLine", "map.draw.finish-line",
            "finishPoly", "map.draw.finish-polygon");

    private List<MapFeature> features = List.of();
    private DrawMode drawMode = DrawMode.NONE;

    public LeafletMap() {
        setMinHeight("280px");
    }

    /** The texts follow the UI's language, which is known once the map is attached. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().setProperty("i18n", texts(this::getTranslation));
    }

    /** The element's texts as the JSON object its {@code i18n} property takes. */
    static String texts(UnaryOperator<String> translate) {
        ObjectNode texts = JSON.createObjectNode();
        TEXT_KEYS.forEach((name, key) -> texts.put(name, translate.apply(key)));
        return JSON.writeValueAsString(texts);
    }

    public void setView(double lat, double lon, int zoom) {
        getElement().callJsFunction("setView", lat, lon, zoom);
    }

    public void fitBounds(double south, double west, double north, double east) {
        getElement().callJsFunction("fitBounds", south, west, north, east);
    }

    /** Replaces the background tiles; the attribution is plain text. */
    public void setTileLayer(String urlTemplate, String attribution, int maxZoom) {
        if (urlTemplate == null || !urlTemplate.startsWith("https://")) {
            throw new IllegalArgumentException("tile URL must be https: " + urlTemplate);
        }
        getElement().callJsFunction("setTileLayer", urlTemplate, Objects.requireNonNullElse(attribution, ""), maxZoom);
    }

    /** An extra line in the attribution, such as a note on the data; plain text. */
    public void setExtraAttribution(String text) {
        getElement().callJsFunction("setExtraAttribution", text);
    }

    public void setAriaLabel(String label) {
        getElement().callJsFunction("setAriaLabel", Objects.requireNonNullElse(label, ""));
    }

    /** Adds or replaces a non-interactive overlay (Feature, FeatureCollection or geometry). */
    public void setGeoJsonLayer(String layerId, String geoJson, LayerStyle style) {
        ObjectNode s = JSON.createObjectNode();
        s.put("color", style.color());
        s.put("weight", style.weight());
        s.put("fillOpacity", style.fillOpacity());
        s.put("dashed", style.dashed());
        getElement().callJsFunction("setGeoJsonLayer", layerId, geoJson, JSON.writeValueAsString(s));
    }

    public void removeLayer(String layerId) {
        getElement().callJsFunction("removeLayer", layerId);
    }

    /** Replaces the clustered features; the browser keeps those that did not change. */
    public void setFeatures(Collection<MapFeature> newFeatures) {
        features = List.copyOf(newFeatures);
        getElement().callJsFunction("setFeatures", toJson(features));
    }

    /** Adds a feature, or replaces the one with the same id. */
    public void putFeature(MapFeature feature) {
        features = new ArrayList<>(
                features.stream().filter(f -> !f.id().equals(feature.id())).toList());
        features.add(feature);
        features = List.copyOf(features);
        getElement().callJsFunction("putFeature", JSON.writeValueAsString(node(feature)));
    }

    public void removeFeature(String id) {
        features = features.stream().filter(f -> !f.id().equals(id)).toList();
        getElement().callJsFunction("removeFeature", id);
    }

    /** The features the map currently shows. */
    public List<MapFeature> getFeatures() {
        return features;
    }

    /** Lets the user draw one shape of this kind; the shape stays editable and each change fires a {@link ShapeDrawnEvent}. */
    public void setDrawMode(DrawMode mode) {
        drawMode = Objects.requireNonNull(mode);
        if (mode != DrawMode.NONE) {
            markDrawing();
        }
        getElement().callJsFunction("setDrawMode", mode.name());
    }

    public DrawMode getDrawMode() {
        return drawMode;
    }

    /** Shows an existing shape for editing; null clears it. */
    public void setDrawnShape(String geoJsonGeometry) {
        if (geoJsonGeometry != null) {
            markDrawing();
        }
        getElement().callJsFunction("setDrawnShape", geoJsonGeometry);
    }

    public void clearDrawnShape() {
        getElement().callJsFunction("clearDrawnShape");
    }

    /** Places the drawn point at the centre of the view, for users who cannot point and click. */
    public void placePointAtCentre() {
        markDrawing();
        getElement().callJsFunction("placePointAtCentre");
    }

    /** The browser fetches the drawing code before it builds a map marked so, rather than building it twice. */
    private void markDrawing() {
        getElement().setAttribute("drawing", true);
    }

    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addShapeDrawnListener(ComponentEventListener<ShapeDrawnEvent> listener) {
        return addListener(ShapeDrawnEvent.class, listener);
    }

    public Registration addViewportChangeListener(ComponentEventListener<ViewportChangeEvent> listener) {
        return addListener(ViewportChangeEvent.class, listener);
    }

    /** The features as the JSON the browser receives; its length is what a map update costs. */
    public static String toJson(Collection<MapFeature> features) {
        ArrayNode array = JSON.createArrayNode();
        features.forEach(f -> array.add(node(f)));
        return JSON.writeValueAsString(array);
    }

    private static ObjectNode node(MapFeature f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", f.id());
        if (f.geoJsonGeometry() != null) {
            n.set("geometry", JSON.readTree(f.geoJsonGeometry()));
        } else {
            n.putNull("geometry");
        }
        n.put("lat", f.lat());
        n.put("lon", f.lon());
        n.put("color", f.color());
        n.put("label", f.label());
        if (f.count() > 0) {
            n.put("count", f.count());
        }
        return n;
    }
}

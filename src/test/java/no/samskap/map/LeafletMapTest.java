package no.samskap.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.vaadin.flow.component.ComponentUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LeafletMapTest {

    private static final String XSS = "</script><img src=x onerror=alert(1)>";

    @Test
    void featuresTravelAsDataSoUserTextCannotBecomeMarkup() {
        MapFeature f = new MapFeature("a1", null, 59.9, 10.5, "#b45309", XSS);
        JsonNode json = LeafletMap.JSON.readTree(LeafletMap.toJson(List.of(f)));
        assertThat(json.get(0).get("label").asString()).isEqualTo(XSS);
        assertThat(json.get(0).get("geometry").isNull()).isTrue();
    }

    @Test
    void shapesAreEmbeddedAsGeoJsonObjects() {
        String line = "{\"type\":\"LineString\",\"coordinates\":[[10.5,59.9],[10.6,59.95]]}";
        JsonNode json = LeafletMap.JSON.readTree(
                LeafletMap.toJson(List.of(new MapFeature("b", line, 59.9, 10.5, "#1d4ed8", "Sykkelvei"))));
        assertThat(json.get(0).get("geometry").get("type").asString()).isEqualTo("LineString");
    }

    @Test
    void keepsTrackOfWhatItShows() {
        LeafletMap map = new LeafletMap();
        map.setFeatures(
                List.of(new MapFeature("a", null, 1, 1, "#000", "A"), new MapFeature("b", null, 2, 2, "#000", "B")));
        map.putFeature(new MapFeature("b", null, 3, 3, "#000", "B2"));
        map.putFeature(new MapFeature("c", null, 4, 4, "#000", "C"));
        map.removeFeature("a");
        assertThat(map.getFeatures()).extracting(MapFeature::id).containsExactlyInAnyOrder("b", "c");
        assertThat(map.getFeatures())
                .filteredOn(f -> f.id().equals("b"))
                .singleElement()
                .extracting(MapFeature::label)
                .isEqualTo("B2");
    }

    @Test
    void refusesValuesThatCouldBreakTheClient() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MapFeature("x", null, 91, 0, "#000", "x"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MapFeature("x", null, 0, 0, "red;background:url(x)", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> new LayerStyle("javascript:", 1, 0, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new LeafletMap().setTileLayer("http://evil/{z}", "", 19));
    }

    @Test
    void browserEventsReachListenersWithTheirValues() {
        LeafletMap map = new LeafletMap();
        List<Object> seen = new ArrayList<>();
        map.addShapeDrawnListener(e -> seen.add(e.getGeoJson()));
        map.addFeatureClickListener(e -> seen.add(e.getFeatureId()));
        map.addMapClickListener(e -> seen.add(e.getLat() + "," + e.getLon()));
        map.addViewportChangeListener(e -> seen.add(
                e.getSouth() + "," + e.getWest() + "," + e.getNorth() + "," + e.getEast() + "@" + e.getZoom()));
        ComponentUtil.fireEvent(map, new ShapeDrawnEvent(map, true, "{\"type\":\"Point\",\"coordinates\":[1,2]}"));
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "p-1"));
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, 59.5, 10.25));
        // Zoomed far out, Leaflet reports boxes beyond the world; they are clamped.
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, -100, -400, 100, 400, 1, true));
        assertThat(seen)
                .containsExactly(
                        "{\"type\":\"Point\",\"coordinates\":[1,2]}", "p-1", "59.5,10.25", "-90.0,-180.0,90.0,180.0@1");
    }

    @Test
    void remembersTheDrawMode() {
        LeafletMap map = new LeafletMap();
        assertThat(map.getDrawMode()).isEqualTo(DrawMode.NONE);
        map.setDrawMode(DrawMode.POLYGON);
        assertThat(map.getDrawMode()).isEqualTo(DrawMode.POLYGON);
    }

    @Test
    void theElementsOwnTextsComeInTheUsersLanguage() {
        JsonNode english = LeafletMap.JSON.readTree(
                LeafletMap.texts(ResourceBundle.getBundle("messages", Locale.ENGLISH)::getString));
        JsonNode bokmal = LeafletMap.JSON.readTree(
                LeafletMap.texts(ResourceBundle.getBundle("messages", Locale.forLanguageTag("nb"))::getString));
        assertThat(english.get("zoomIn").asString()).isEqualTo("Zoom in");
        assertThat(bokmal.get("zoomIn").asString()).isEqualTo("Zoom inn");
        assertThat(english.get("vertex").asString()).isEqualTo("Corner of the drawn shape");
        assertThat(bokmal.get("vertex").asString()).isEqualTo("Hjørne i den tegnede figuren");
        assertThat(bokmal.get("finishPoly").asString()).isEqualTo("Klikk på det første hjørnet for å avslutte");
        assertThat(english.propertyNames()).containsExactlyInAnyOrderElementsOf(LeafletMap.TEXT_KEYS.keySet());
    }
}

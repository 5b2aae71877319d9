package no.samskap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

class GeoJsonTest {

    @Test
    void readsAndWritesTheSupportedTypes() {
        String point = "{\"type\":\"Point\",\"coordinates\":[10.5,59.9]}";
        String line = "{\"type\":\"LineString\",\"coordinates\":[[10.5,59.9],[10.6,59.95]]}";
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[10.5,59.9],[10.6,59.9],[10.6,60.0],[10.5,59.9]]]}";
        for (String json : new String[] {point, line, polygon}) {
            Geometry g = GeoJson.parse(json);
            assertThat(GeoJson.write(g)).isEqualTo(json);
        }
        assertThat(GeoJson.parse(point).getCoordinate().y).isEqualTo(59.9);
    }

    @Test
    void acceptsAFeatureWrapper() {
        Geometry g = GeoJson.parse(
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}");
        assertThat(g.getGeometryType()).isEqualTo("Point");
    }

    @Test
    void roundsToCentimetres() {
        Geometry g = GeoJson.parse("{\"type\":\"Point\",\"coordinates\":[10.123456789123,59.98765432198]}");
        assertThat(g.getCoordinate().x).isEqualTo(10.1234568);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "[]",
                "{\"type\":\"Point\"}",
                "{\"type\":\"Point\",\"coordinates\":[200,10]}",
                "{\"type\":\"Point\",\"coordinates\":[10,95]}",
                "{\"type\":\"Point\",\"coordinates\":[\"10\",\"59\"]}",
                "{\"type\":\"Point\",\"coordinates\":[10]}",
                "{\"type\":\"LineString\",\"coordinates\":[[10,59]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[10,59],[11,59],[11,60]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[]}",
                "{\"type\":\"GeometryCollection\",\"geometries\":[]}",
                "{\"type\":\"Circle\",\"coordinates\":[10,59]}"
            })
    void refusesMalformedInput(String json) {
        assertThatIllegalArgumentException().isThrownBy(() -> GeoJson.parse(json));
    }

    @Test
    void refusesNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeoJson.parse(null));
    }
}

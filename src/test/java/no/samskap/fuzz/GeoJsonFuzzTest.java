package no.samskap.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import no.samskap.shared.GeoJson;
import org.locationtech.jts.geom.Geometry;

/** The GeoJSON reader takes whatever a browser sends: it returns a geometry or says "not GeoJSON", nothing else. */
class GeoJsonFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readsOrRefuses(FuzzedDataProvider data) {
        String json = data.consumeRemainingAsString();
        Geometry geometry;
        try {
            geometry = GeoJson.parse(json);
        } catch (IllegalArgumentException refused) {
            return;
        }
        if (geometry == null) {
            throw new AssertionError("null geometry for " + json);
        }
        // What was read can be written and read again.
        GeoJson.parse(GeoJson.write(geometry));
    }
}

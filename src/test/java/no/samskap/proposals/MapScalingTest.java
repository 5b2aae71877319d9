package no.samskap.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** One account cannot make the map heavy: few corners per shape, simplified display, clusters beyond a count. */
@SamskapTest
@TestPropertySource(properties = {"samskap.proposals.cluster-above=5", "samskap.proposals.max-vertices=200"})
class MapScalingTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    /** A closed ring of {@code corners} points around a centre, about 130 m across. */
    static String polygon(double lat, double lon, int corners) {
        return MapSeed.polygon(lat, lon, corners);
    }

    @Test
    void aShapeWithTooManyCornersIsRefusedWithTheCap() {
        signIn.as("kari");
        assertThatThrownBy(() -> proposals.createAndSubmit(
                        BAERUM, new ProposalInput("Stor figur", "", "BIKE_LANE", polygon(59.93, 10.55, 250))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.field()).isEqualTo("geometry");
                    assertThat(e.messageKey()).isEqualTo("error.geometry.too-many-vertices");
                    assertThat(e.arguments()).containsExactly(200);
                });
    }

    @Test
    void aShapeBeyondWhatAnyoneDrawsIsRefusedWithTheCapToo() {
        signIn.as("kari");
        // 5,000 corners is past the reader's own bound: still "too many corners", not "not valid".
        assertThatThrownBy(() -> proposals.createAndSubmit(
                        BAERUM, new ProposalInput("Enorm figur", "", "BIKE_LANE", polygon(59.93, 10.55, 5_000))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.geometry.too-many-vertices");
                    assertThat(e.arguments()).containsExactly(200);
                });
    }

    @Test
    void theMapDrawsAShapeWithAFewDozenCornersAtMost() {
        signIn.as("kari");
        ProposalId id = proposals.createAndSubmit(
                BAERUM, new ProposalInput("Mange hjørner", "", "BIKE_LANE", polygon(59.9301, 10.5501, 199)));
        MarkersInView view = proposals.markers(BAERUM, new Viewport(59.929, 10.549, 59.931, 10.551));
        assertThat(view.clustered()).isFalse();
        ProposalMarker marker = view.markers().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(GeoJson.parse(marker.shapeGeoJson()).getNumPoints())
                .isLessThanOrEqualTo(48)
                .isGreaterThanOrEqualTo(4);
        // The proposal itself keeps every corner.
        assertThat(GeoJson.parse(proposals.find(id).orElseThrow().geometryGeoJson())
                        .getNumPoints())
                .isEqualTo(200);
    }

    @Test
    void manyProposalsInAViewArriveAsCountedClusters() {
        signIn.as("kari");
        for (int i = 0; i < 8; i++) {
            proposals.createAndSubmit(
                    BAERUM,
                    new ProposalInput(
                            "Klynge " + i,
                            "",
                            "BIKE_LANE",
                            String.format(
                                    Locale.ROOT,
                                    "{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}",
                                    10.6001 + i * 0.0001,
                                    59.9101 + i * 0.00005)));
        }
        Viewport wide = new Viewport(59.90, 10.58, 59.92, 10.62);
        MarkersInView view = proposals.markers(BAERUM, wide);
        assertThat(view.clustered()).isTrue();
        assertThat(view.markers()).isEmpty();
        assertThat(view.clusters().stream().mapToInt(ProposalCluster::count).sum())
                .isEqualTo(proposals.markers(BAERUM, wide).clusters().stream()
                        .mapToInt(ProposalCluster::count)
                        .sum())
                .isGreaterThanOrEqualTo(8);
        assertThat(view.clusters())
                .allSatisfy(c -> assertThat(c.cell().contains(c.lat(), c.lon())).isTrue());
        // Zoomed in to a few metres, they come one by one.
        MarkersInView close = proposals.markers(BAERUM, new Viewport(59.91008, 10.60008, 59.91012, 10.60014));
        assertThat(close.clustered()).isFalse();
        assertThat(close.markers()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    }
}

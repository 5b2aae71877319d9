package no.samskap.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.samskap.proposals.internal.Proposal;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class ProposalTest {

    private static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Geometry POINT = GeoJson.parse("{\"type\":\"Point\",\"coordinates\":[10.58,59.91]}");
    private final AccountId author = AccountId.random();

    private static Proposal.Content content(String title, String description) {
        return new Proposal.Content(title, description, Category.HEAT_PUMP, POINT, "baerum-haslum", "Haslum");
    }

    private Proposal draft() {
        return Proposal.draft(BAERUM, author, "Kari", null, content("Varmepumper i borettslaget", "Tekst"), T0);
    }

    @Test
    void aNewProposalIsAPrivateDraft() {
        Proposal p = draft();
        assertThat(p.state()).isEqualTo(ProposalState.DRAFT);
        assertThat(p.state().isPublic()).isFalse();
        ProposalDetails d = p.toDetails();
        assertThat(d.lat()).isEqualTo(59.91);
        assertThat(d.lon()).isEqualTo(10.58);
        assertThat(d.districtName()).isEqualTo("Haslum");
        assertThat(d.submittedAt()).isNull();
    }

    @Test
    void submittingMakesItPublicOnceAndAnnouncesIt() {
        Proposal p = draft();
        ProposalSubmitted event = p.submit(author, T0.plusSeconds(60));
        assertThat(p.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(event.proposal()).isEqualTo(p.id());
        assertThat(event.municipality()).isEqualTo(BAERUM);
        assertThat(event.shapeGeoJson()).isNull();
        assertThat(p.toDetails().submittedAt()).isEqualTo(T0.plusSeconds(60));
        assertThatThrownBy(() -> p.submit(author, T0))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.proposal.illegal-transition");
    }

    @Test
    void onlyTheAuthorMayEditOrSubmit() {
        Proposal p = draft();
        AccountId someoneElse = AccountId.random();
        assertThatThrownBy(() -> p.edit(someoneElse, content("Annet", ""), T0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.submit(someoneElse, T0)).isInstanceOf(AccessDeniedException.class);
        assertThat(p.state()).isEqualTo(ProposalState.DRAFT);
        assertThat(p.toDetails().title()).isEqualTo("Varmepumper i borettslaget");
    }

    @Test
    void aSubmittedProposalCanNoLongerBeEdited() {
        Proposal p = draft();
        p.submit(author, T0);
        assertThatThrownBy(() -> p.edit(author, content("Ny tittel", ""), T0))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.proposal.not-draft");
    }

    @Test
    void titleIsRequiredTrimmedAndAtMost120Characters() {
        assertThat(content("  Solceller  ", "").title()).isEqualTo("Solceller");
        assertThat(content("x".repeat(120), "").title()).hasSize(120);
        assertField(() -> content("", ""), "title", "error.field.required");
        assertField(() -> content("   ", ""), "title", "error.field.required");
        assertField(() -> content(null, ""), "title", "error.field.required");
        assertField(() -> content("x".repeat(121), ""), "title", "error.field.too-long");
        assertField(() -> content("bad\u0000title", ""), "title", "error.field.control-characters");
    }

    @Test
    void descriptionIsAtMost5000Characters() {
        assertThat(content("T", "d".repeat(5000)).description()).hasSize(5000);
        assertField(() -> content("T", "d".repeat(5001)), "description", "error.field.too-long");
    }

    @Test
    void scriptInTextIsKeptAsTextNotRefused() {
        Proposal.Content c = content("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        assertThat(c.title()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void geometryAndCategoryAreRequiredAndMustBeWellFormed() {
        assertField(() -> new Proposal.Content("T", "", null, POINT, null, null), "category", "error.category.unknown");
        assertField(
                () -> new Proposal.Content("T", "", Category.BIKE_LANE, null, null, null),
                "geometry",
                "error.geometry.missing");
        Geometry bowtie =
                GeoJson.parse("{\"type\":\"Polygon\",\"coordinates\":[[[10,59],[11,60],[11,59],[10,60],[10,59]]]}");
        assertField(
                () -> new Proposal.Content("T", "", Category.BIKE_LANE, bowtie, null, null),
                "geometry",
                "error.geometry.malformed");
        Geometry multi =
                GeoJson.parse("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[10,59],[11,59],[11,60],[10,59]]]]}");
        assertField(
                () -> new Proposal.Content("T", "", Category.BIKE_LANE, multi, null, null),
                "geometry",
                "error.geometry.malformed");
    }

    @Test
    void linesAndAreasAreKeptWithAMarkerInside() {
        Geometry area = GeoJson.parse(
                "{\"type\":\"Polygon\",\"coordinates\":[[[10.5,59.9],[10.6,59.9],[10.6,60.0],[10.5,60.0],[10.5,59.9]]]}");
        Proposal p = Proposal.draft(
                BAERUM,
                author,
                "Kari",
                null,
                new Proposal.Content("Område", "", Category.ENERGY_COMMUNITY, area, null, null),
                T0);
        ProposalSubmitted event = p.submit(author, T0);
        assertThat(event.shapeGeoJson()).contains("Polygon");
        assertThat(area.covers(GeoJson.FACTORY.createPoint(new Coordinate(event.lon(), event.lat()))))
                .isTrue();
    }

    @Test
    void stateMachineAllowsOnlyTheLifecycle() {
        assertThat(ProposalState.DRAFT.canMoveTo(ProposalState.SUBMITTED)).isTrue();
        assertThat(ProposalState.DRAFT.canMoveTo(ProposalState.ACCEPTED)).isFalse();
        assertThat(ProposalState.SUBMITTED.canMoveTo(ProposalState.DRAFT)).isFalse();
        assertThat(ProposalState.IMPLEMENTED.next()).isEmpty();
        assertThat(ProposalState.REJECTED.next()).isEmpty();
    }

    @Test
    void categoriesAreLookedUpByCodeOnly() {
        assertThat(Category.fromCode("ROOFTOP_SOLAR")).contains(Category.ROOFTOP_SOLAR);
        assertThat(Category.fromCode("rooftop_solar")).isEmpty();
        assertThat(Category.fromCode("NUCLEAR_PLANT")).isEmpty();
        assertThat(Category.fromCode(null)).isEmpty();
        assertThat(Category.values()).hasSize(14);
    }

    private static void assertField(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}

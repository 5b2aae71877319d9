package no.samskap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.samskap.identity.Role;
import no.samskap.identity.internal.Account;
import no.samskap.identity.internal.AccountRepository;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.proposals.Viewport;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Repository behaviour that must hold on every supported database; run against H2 and
 * PostgreSQL by the subclasses.
 */
abstract class PersistenceContract {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    ProposalService proposals;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void municipalitiesAreSeededWithBoundaryAndDistricts() {
        assertThat(municipalities.all()).extracting(m -> m.id().value()).contains("baerum", "alesund");
        assertThat(municipalities.get(BAERUM).districts()).isNotEmpty();
        assertThat(municipalities.get(BAERUM).boundaryGeoJson()).contains("Polygon");
    }

    @Test
    void usernamesAreUniqueInTheDatabaseItself() {
        accounts.saveAndFlush(new Account("dup-user", "A", "a@example.org", BAERUM, Role.RESIDENT, null, "{noop}x",
                Instant.now()));
        assertThatThrownBy(() -> accounts.saveAndFlush(new Account("dup-user", "B", "b@example.org", BAERUM,
                Role.RESIDENT, null, "{noop}y", Instant.now()))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aProposalRoundTripsWithLongTextAndAnArea() {
        signIn.as("kari");
        String description = "Æ ø å – «sitat» ".repeat(400).substring(0, 5000);
        String area = "{\"type\":\"Polygon\",\"coordinates\":[[[10.58,59.91],[10.59,59.91],[10.59,59.915],"
                + "[10.58,59.915],[10.58,59.91]]]}";
        ProposalId id = proposals.createAndSubmit(BAERUM, new ProposalInput("Område ved Stabekk", description,
                "ENERGY_COMMUNITY", area));
        ProposalDetails d = proposals.find(id).orElseThrow();
        assertThat(d.description()).isEqualTo(description.strip());
        assertThat(d.geometryGeoJson()).isEqualTo(area);
        assertThat(d.category()).isEqualTo(Category.ENERGY_COMMUNITY);
        assertThat(d.submittedAt()).isNotNull();
    }

    @Test
    void viewportAndSearchQueriesWork() {
        signIn.as("kari");
        ProposalId id = proposals.createAndSubmit(BAERUM, new ProposalInput("ÆRLIG talt_om 50% sykkel", "",
                "BIKE_LANE", "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}"));
        assertThat(proposals.markers(BAERUM, new Viewport(59.92, 10.54, 59.94, 10.56)).markers())
                .extracting(ProposalMarker::id).contains(id);
        assertThat(proposals.search(new ProposalQuery(BAERUM, null, null, null, "ærlig", false), 0, 10)
                .map(ProposalSummary::id)).containsExactly(id);
        assertThat(proposals.search(new ProposalQuery(BAERUM, null, null, null, "talt_om 50%", false), 0, 10)
                .map(ProposalSummary::id)).containsExactly(id);
        assertThat(proposals.search(new ProposalQuery(BAERUM, null, null, null, "taltXom", false), 0, 10)).isEmpty();
        assertThat(proposals.search(ProposalQuery.all(BAERUM), 0, 2).getTotalElements())
                .isEqualTo(proposals.count(ProposalQuery.all(BAERUM)));
    }
}

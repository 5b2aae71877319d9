package no.samskap.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SamskapTest
@RecordApplicationEvents
class ProposalServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final MunicipalityId ALESUND = MunicipalityId.of("alesund");
    static final String BEKKESTUA = "{\"type\":\"Point\",\"coordinates\":[10.5885,59.9181]}";
    static final String OSLO_SENTRUM = "{\"type\":\"Point\",\"coordinates\":[10.7390,59.9130]}";

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static ProposalInput input(String title) {
        return new ProposalInput(title, "Beskrivelse med **Markdown**", "HEAT_PUMP", BEKKESTUA);
    }

    @Test
    void aResidentDraftsEditsAndSubmitsAndEveryoneIsTold() {
        signIn.as("kari");
        ProposalId id = proposals.createDraft(BAERUM, input("Varmepumper på Bekkestua"));
        assertThat(events.stream(ProposalSubmitted.class)).isEmpty();

        proposals.updateDraft(id, input("Varmepumper i Bekkestua borettslag"));
        proposals.submit(id);

        ProposalDetails details = proposals.find(id).orElseThrow();
        assertThat(details.title()).isEqualTo("Varmepumper i Bekkestua borettslag");
        assertThat(details.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(details.authorName()).isEqualTo("Kari Nordmann");
        assertThat(details.districtName()).isNotBlank();
        assertThat(events.stream(ProposalSubmitted.class))
                .singleElement()
                .satisfies(e -> assertThat(e.proposal()).isEqualTo(id));
    }

    @Test
    void aBusinessProposalCarriesItsOrganisation() {
        signIn.as("solkraft");
        ProposalId id = proposals.createAndSubmit(BAERUM, input("Solceller på lageret"));
        assertThat(proposals.find(id).orElseThrow().organisation()).isEqualTo("Solkraft AS");
    }

    @Test
    void draftsAreInvisibleToOthersAndForgedCallsAreRefused() {
        signIn.as("kari");
        ProposalId draft = proposals.createDraft(BAERUM, input("Karis utkast"));

        signIn.as("solkraft");
        assertThat(proposals.find(draft)).isEmpty();
        assertThat(proposals.canEdit(draft)).isFalse();
        assertThatThrownBy(() -> proposals.updateDraft(draft, input("Kapret"))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> proposals.submit(draft)).isInstanceOf(UserFacingException.class);

        signIn.out();
        assertThat(proposals.find(draft)).isEmpty();
        signIn.as("kari");
        assertThat(proposals.find(draft).orElseThrow().title()).isEqualTo("Karis utkast");
        assertThat(proposals.find(draft).orElseThrow().state()).isEqualTo(ProposalState.DRAFT);
    }

    @Test
    void anonymousVisitorsCannotWrite() {
        signIn.out();
        assertThatThrownBy(() -> proposals.createDraft(BAERUM, input("Anonym")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void accountsWriteOnlyInTheirOwnMunicipality() {
        signIn.as("ola");
        long before = proposals.count(new ProposalQuery(BAERUM, null, null, null, null, false));
        assertThatThrownBy(() -> proposals.createAndSubmit(BAERUM, input("Fra Ålesund")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(proposals.count(new ProposalQuery(BAERUM, null, null, null, null, false)))
                .isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithAFieldAndNothingIsSaved() {
        signIn.as("kari");
        ProposalQuery mine = new ProposalQuery(BAERUM, null, null, null, null, true);
        long before = proposals.count(mine);
        assertRefused(new ProposalInput("", "d", "HEAT_PUMP", BEKKESTUA), "title", "error.field.required");
        assertRefused(new ProposalInput("x".repeat(121), "d", "HEAT_PUMP", BEKKESTUA), "title", "error.field.too-long");
        assertRefused(new ProposalInput("T", "d", "NUCLEAR_PLANT", BEKKESTUA), "category", "error.category.unknown");
        assertRefused(new ProposalInput("T", "d", null, BEKKESTUA), "category", "error.category.unknown");
        assertRefused(new ProposalInput("T", "d", "HEAT_PUMP", OSLO_SENTRUM), "geometry", "error.geometry.outside");
        assertRefused(
                new ProposalInput("T", "d", "HEAT_PUMP", "{\"type\":\"Point\"}"),
                "geometry",
                "error.geometry.malformed");
        assertRefused(new ProposalInput("T", "d", "HEAT_PUMP", null), "geometry", "error.geometry.missing");
        assertThat(proposals.count(mine)).isEqualTo(before);
    }

    @Test
    void searchFiltersByCategoryStateAndText() {
        signIn.as("kari");
        ProposalId id = proposals.createAndSubmit(
                BAERUM, new ProposalInput("Matsvinn 100% redusert", "Kantine", "FOOD_WASTE_REDUCTION", BEKKESTUA));
        assertThat(proposals
                        .search(
                                new ProposalQuery(BAERUM, Category.FOOD_WASTE_REDUCTION, null, null, null, false),
                                0,
                                50)
                        .map(ProposalSummary::id))
                .contains(id);
        assertThat(proposals
                        .search(new ProposalQuery(BAERUM, null, null, null, "100%", false), 0, 50)
                        .map(ProposalSummary::id))
                .containsExactly(id);
        assertThat(proposals.search(new ProposalQuery(BAERUM, null, null, null, "%", false), 0, 50))
                .extracting(ProposalSummary::id)
                .contains(id);
        assertThat(proposals.search(new ProposalQuery(BAERUM, null, null, null, "%", false), 0, 50))
                .allMatch(p -> p.title().contains("%"));
        assertThat(proposals.search(
                        new ProposalQuery(BAERUM, null, ProposalState.DRAFT, null, "matsvinn", false), 0, 50))
                .isEmpty();
        assertThat(proposals.search(new ProposalQuery(ALESUND, null, null, null, "matsvinn", false), 0, 50))
                .isEmpty();
    }

    @Test
    void theMapGetsPublicProposalsInTheViewportOnly() {
        signIn.as("kari");
        ProposalId published = proposals.createAndSubmit(BAERUM, input("Synlig på kartet"));
        ProposalId draft = proposals.createDraft(BAERUM, input("Ikke på kartet"));
        MarkersInView around = proposals.markers(BAERUM, new Viewport(59.91, 10.58, 59.925, 10.60));
        assertThat(around.markers())
                .extracting(ProposalMarker::id)
                .contains(published)
                .doesNotContain(draft);
        MarkersInView elsewhere = proposals.markers(BAERUM, new Viewport(59.80, 10.30, 59.81, 10.31));
        assertThat(elsewhere.markers()).extracting(ProposalMarker::id).doesNotContain(published);
        assertThat(around.truncated()).isFalse();
    }

    private void assertRefused(ProposalInput input, String field, String key) {
        assertThatThrownBy(() -> proposals.createAndSubmit(BAERUM, input))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}

package no.samskap.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SamskapTest
class KpiServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");

    @Autowired
    KpiService kpis;

    @Autowired
    KpiCatalogue catalogue;

    @Autowired
    ProposalService proposals;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void allIndicatorsWithBaselinesAndTheProposalsThatMoveThem() {
        assertThat(catalogue.size()).isEqualTo(111);
        signIn.as("kari");
        ProposalId solar = proposals.createAndSubmit(
                BAERUM,
                new ProposalInput(
                        "KPI sol",
                        "",
                        "ROOFTOP_SOLAR",
                        "{\"type\":\"Point\",\"coordinates\":[10.55,59.93]}",
                        Map.of("kwp", 12.0)));
        signIn.as("saksbehandler");
        String renewableId = catalogue.find("EN: E: E: 1C").orElseThrow().id();
        kpis.setBaseline(BAERUM, renewableId, "61 %", 2020, "U4SSC verification report Bærum 2020");

        var rows = kpis.rows(BAERUM);
        assertThat(rows).hasSize(111);
        var renewable = rows.stream()
                .filter(r -> r.kpi().id().equals(renewableId))
                .findFirst()
                .orElseThrow();
        assertThat(renewable.baseline()).hasValueSatisfying(b -> {
            assertThat(b.value()).isEqualTo("61 %");
            assertThat(b.source()).contains("2020");
        });
        assertThat(renewable.proposals()).extracting(p -> p.id()).contains(solar);
    }

    @Test
    void onlyOfficialsOfTheMunicipalityEnterBaselinesAndAlwaysWithASource() {
        String id = catalogue.find("EN: E: E: 1C").orElseThrow().id();
        signIn.as("kari");
        assertThatThrownBy(() -> kpis.setBaseline(BAERUM, id, "1", 2020, "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("saksbehandler");
        assertThatThrownBy(() -> kpis.setBaseline(MunicipalityId.of("alesund"), id, "1", 2020, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kpis.setBaseline(BAERUM, id, "1", 2020, " "))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("source"));
        assertThatThrownBy(() -> kpis.setBaseline(BAERUM, id, "1", 1800, "x"))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> kpis.setBaseline(BAERUM, "NO: SUCH", "1", 2020, "x"))
                .isInstanceOf(UserFacingException.class);
    }
}

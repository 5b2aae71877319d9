package no.samskap.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.MunicipalityId;
import no.samskap.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EstimateWarmUpTest extends UiTest {

    @Autowired
    EstimateWarmUp warmUp;

    @Autowired
    ProposalService proposals;

    @Test
    void estimatesEveryPublicProposalWithItsInputs() {
        int before = warmUp.warmUp(Integer.MAX_VALUE);
        as("kari", () -> {
            MunicipalityId baerum = MunicipalityId.of("baerum");
            proposals.createAndSubmit(
                    baerum,
                    new ProposalInput(
                            "Varmepumper",
                            "",
                            "HEAT_PUMP",
                            ImpactSectionTest.BEKKESTUA,
                            Map.of("homes", 4.0, "type", 2.0)));
            proposals.createAndSubmit(
                    baerum, new ProposalInput("Uten tall", "", "HEAT_PUMP", ImpactSectionTest.BEKKESTUA, Map.of()));
            // A draft is not public: not estimated.
            proposals.createDraft(
                    baerum,
                    new ProposalInput(
                            "Utkast",
                            "",
                            "LED_STREET_LIGHTING",
                            ImpactSectionTest.BEKKESTUA,
                            Map.of("fittings", 10.0, "wattsBefore", 100.0, "wattsAfter", 30.0)));
            return null;
        });
        assertThat(warmUp.warmUp(Integer.MAX_VALUE)).isEqualTo(before + 1);
    }

    @Test
    void stopsWhenTheCacheWouldBeFull() {
        assertThat(warmUp.warmUp(Integer.MAX_VALUE)).isGreaterThan(1);
        assertThat(warmUp.warmUp(1)).isLessThanOrEqualTo(1);
        assertThat(warmUp.warmUp(0)).isZero();
    }
}

package no.samskap.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samskap.impact.internal.ModelRunner;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

class ScenarioCalculatorTest {

    static ProposalDetails proposal(String title, Category category, Map<String, Double> inputs) {
        return new ProposalDetails(
                ProposalId.random(),
                MunicipalityId.of("alesund"),
                title,
                "",
                category,
                ProposalState.SUBMITTED,
                "{}",
                62.47,
                6.15,
                null,
                AccountId.random(),
                "A",
                null,
                Instant.now(),
                Instant.now(),
                Instant.now(),
                null,
                null,
                null,
                false,
                null,
                inputs);
    }

    @Test
    void addsUpEstimatesAndSetsThemAgainstTheTarget() throws Exception {
        ImpactSettings settings = new ImpactSettings(
                "classpath:impact/factors.csv",
                Map.of(),
                Map.of("alesund", new ImpactSettings.Target(300_000, 2018, 60, 2030, "test")));
        ScenarioCalculator calculator = new ScenarioCalculator(
                new ImpactService(new ModelRunner(new FactorCatalogue(settings, new DefaultResourceLoader()))),
                settings);
        ScenarioTotals totals = calculator.combine(
                MunicipalityId.of("alesund"),
                58_509,
                List.of(
                        // 10 kWp × 700 kWh/kWp (west coast) = 7 MWh, 0.105 t, 160,000 NOK, 7,000 NOK/yr
                        proposal("Sol", Category.ROOFTOP_SOLAR, Map.of("kwp", 10.0)),
                        // 200 × 100 W × 3,650 h = 73 MWh, 1.095 t, 960,000 NOK, 73,000 NOK/yr
                        proposal(
                                "LED",
                                Category.LED_STREET_LIGHTING,
                                Map.of("fittings", 200.0, "wattsBefore", 150.0, "wattsAfter", 50.0)),
                        // 50,000 kg × 3.34 = 167 t
                        proposal("Mat", Category.FOOD_WASTE_REDUCTION, Map.of("kgAvoided", 50_000.0)),
                        proposal("Uten tall", Category.HEAT_PUMP, Map.of())));
        assertThat(totals.estimated()).isEqualTo(3);
        assertThat(totals.incomplete()).containsExactly("Uten tall");
        assertThat(totals.energyMwh()).isCloseTo(80.0, within(0.01));
        assertThat(totals.emissionsTonnes().central()).isCloseTo(168.2, within(0.01));
        assertThat(totals.investmentNok()).isCloseTo(1_120_000, within(1.0));
        assertThat(totals.yearlySavingNok()).isCloseTo(80_000, within(1.0));
        // 1,120,000 / 80,000 = 14 years
        assertThat(totals.paybackYears()).isCloseTo(14.0, within(0.01));
        // 168.2 t × 1000 / 58,509 inhabitants = 2.875 kg per inhabitant
        assertThat(totals.perCapitaKg()).isCloseTo(2.8747, within(0.001));
        // target cut: 300,000 t × 60 % = 180,000 t; 168.2 / 180,000 = 0.093 %
        assertThat(totals.shareOfTargetCut()).isCloseTo(168.2 / 180_000, within(1e-6));
        assertThat(totals.emissionsByCategory()).containsKeys(Category.ROOFTOP_SOLAR, Category.FOOD_WASTE_REDUCTION);
        assertThat(totals.sdgTargets()).contains("7.2", "12.3");
    }

    @Test
    void withoutABaselineThereIsNoShareOfTheTarget() throws Exception {
        ImpactSettings settings = new ImpactSettings("classpath:impact/factors.csv", Map.of(), Map.of());
        ScenarioCalculator calculator = new ScenarioCalculator(
                new ImpactService(new ModelRunner(new FactorCatalogue(settings, new DefaultResourceLoader()))),
                settings);
        ScenarioTotals totals = calculator.combine(
                MunicipalityId.of("baerum"),
                130_921,
                List.of(proposal("Sol", Category.ROOFTOP_SOLAR, Map.of("kwp", 10.0))));
        assertThat(totals.shareOfTargetCut()).isNull();
        assertThat(totals.emissionsTonnes().central()).isCloseTo(0.1275, within(1e-4));
    }
}

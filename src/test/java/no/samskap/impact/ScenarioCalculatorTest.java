package no.samskap.impact;

import static no.samskap.impact.Impacts.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalState;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;

class ScenarioCalculatorTest {

    private static final ScenarioCalculator CALCULATOR = Impacts.calculator(Impacts.settings());
    private static final ImpactService IMPACT = Impacts.service();

    static ProposalDetails proposal(String title, Category category, Map<String, Double> inputs) {
        return at(title, category, inputs, MunicipalityId.of("alesund"), 62.47, 6.15, null);
    }

    static ProposalDetails at(
            String title,
            Category category,
            Map<String, Double> inputs,
            MunicipalityId municipality,
            double lat,
            double lon,
            String district) {
        return new ProposalDetails(
                ProposalId.random(),
                municipality,
                title,
                "",
                category,
                ProposalState.SUBMITTED,
                "{}",
                lat,
                lon,
                district,
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
                inputs,
                null);
    }

    private static ScenarioTotals combine(MunicipalityId m, ProposalDetails... proposals) {
        return CALCULATOR.combine(m, 100_000, Map.of("Heimdal", 50_000), List.of(proposals));
    }

    private static double total(ProposalDetails p) {
        return IMPACT.estimate(p.category(), p.parameters(), p.municipality())
                .totalTonnes()
                .central();
    }

    private static Estimate estimate(ProposalDetails p) {
        return IMPACT.estimate(p.category(), p.parameters(), p.municipality());
    }

    private static double territorial(ProposalDetails p) {
        return estimate(p).territorialTonnes().central();
    }

    private static double indirect(ProposalDetails p) {
        return estimate(p).indirectTonnes().central();
    }

    private static double carTonnes(ProposalDetails p) {
        return estimate(p).quantities().get("car-tonnes");
    }

    @Test
    void keepsTheScopesApartAndCountsOnlyTheTerritorialPartTowardTheTarget() {
        MunicipalityId trondheim = Impacts.TRONDHEIM;
        ProposalDetails oil = at(
                "Oil out",
                Category.HEAT_PUMP,
                in("homes", 10, "type", 3, "replacesOil", 1),
                trondheim,
                63.40,
                10.40,
                null);
        ProposalDetails food = at(
                "Less food waste",
                Category.FOOD_WASTE_REDUCTION,
                in("kgAvoided", 10_000),
                trondheim,
                63.43,
                10.39,
                null);
        ScenarioTotals t = combine(trondheim, oil, food);
        // territorial 88.728 t (oil); indirect −0.852 (pump's power) + 29.6 (food)
        assertThat(t.territorialTonnes().central()).isCloseTo(88.728, within(0.01));
        assertThat(t.indirectTonnes().central()).isCloseTo(28.748, within(0.01));
        assertThat(t.territorialBySector()).containsOnlyKeys(Sector.HEATING);
        // Trondheim: 605,000 t in 2009, −80 % → 121,000 t; 485,000 t in 2022 → 364,000 t still to cut
        assertThat(t.shareOfRemainingCut()).isPresent();
        assertThat(t.shareOfRemainingCut().get().central()).isCloseTo(88.7277 / 364_000, within(1e-6));
        assertThat(t.perCapitaKg()).isCloseTo(88.7277 * 1000 / 100_000, within(0.01));
        assertThat(t.territorialTonnes().contains(t.territorialTonnes().central()))
                .isTrue();
        assertThat(t.catalogueVersion()).isEqualTo("2026.2");
    }

    @Test
    void aMunicipalityWithoutPublishedTonnesGetsNoShare() {
        ScenarioTotals t = combine(
                Impacts.BAERUM,
                at(
                        "Chargers",
                        Category.EV_CHARGING,
                        in("chargers", 10, "kwhPerCharger", 20_000),
                        Impacts.BAERUM,
                        59.9,
                        10.5,
                        null));
        assertThat(t.baseline()).isPresent();
        assertThat(t.baseline().get().target().orElseThrow().cutPercent()).isEqualTo(65);
        assertThat(t.shareOfRemainingCut()).isEmpty();
    }

    @Test
    void aProposalChosenTwiceCountsOnce() {
        ProposalDetails p = proposal("Panels", Category.ROOFTOP_SOLAR, in("kwp", 10));
        ScenarioTotals once = combine(MunicipalityId.of("alesund"), p);
        ScenarioTotals twice = combine(MunicipalityId.of("alesund"), p, p);
        assertThat(twice.totalTonnes()).isEqualTo(once.totalTonnes());
        assertThat(twice.investmentNok()).isEqualTo(once.investmentNok());
        assertThat(twice.estimated()).isEqualTo(1);
    }

    @Test
    void twoSolarProposalsOnOneRoofCountTheLargerOnly() {
        ProposalDetails big = proposal("Big roof", Category.ROOFTOP_SOLAR, in("kwp", 30));
        ProposalDetails small = proposal("Small roof", Category.ROOFTOP_SOLAR, in("kwp", 10));
        ScenarioTotals t = combine(MunicipalityId.of("alesund"), small, big);
        assertThat(t.totalTonnes().central()).isCloseTo(total(big), within(1e-9));
        assertThat(t.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo("scenario.rule.same-roof");
            assertThat(a.proposals()).containsExactly("Big roof", "Small roof");
            assertThat(a.tonnesRemoved()).isCloseTo(total(small), within(1e-9));
        });
        // Nothing of the smaller roof counts, its panels' embodied emissions included.
        ScenarioTotals bigAlone = combine(MunicipalityId.of("alesund"), big);
        assertThat(t.lifetimeTonnes()).isEqualTo(bigAlone.lifetimeTonnes());
        assertThat(t.npvNok()).isEqualTo(bigAlone.npvNok());
        // 200 m apart: two roofs
        ProposalDetails elsewhere = at(
                "Other roof", Category.ROOFTOP_SOLAR, in("kwp", 10), MunicipalityId.of("alesund"), 62.472, 6.15, null);
        assertThat(combine(MunicipalityId.of("alesund"), big, elsewhere).adjustments())
                .isEmpty();
    }

    @Test
    void aRetrofitComesFirstAndTheHeatPumpWorksOnTheReducedDemand() {
        ProposalDetails pump = proposal("Pumps", Category.HEAT_PUMP, in("homes", 10, "type", 3));
        // 1,500 m² × 2 grades × 30 = 90,000 kWh saved of 10 × 18,750 = 187,500 kWh heat: 48 %
        ProposalDetails retrofit = proposal(
                "Retrofit", Category.BUILDING_RETROFIT, in("floorArea", 1500, "labelBefore", 6, "labelAfter", 4));
        ScenarioTotals t = combine(MunicipalityId.of("alesund"), pump, retrofit);
        double kept = 1 - 90_000.0 / 187_500;
        double expected = total(retrofit) + total(pump) * kept;
        assertThat(t.totalTonnes().central()).isCloseTo(expected, within(1e-9));
        // The pump costs the same but saves less: its NPV loses the saving it no longer makes.
        Estimate p = estimate(pump);
        double annuity = (1 - Math.pow(1.04, -p.lifetimeYears())) / 0.04;
        assertThat(t.npvNok().central())
                .isCloseTo(
                        estimate(retrofit).npvNok().central()
                                + p.npvNok().central()
                                - (1 - kept) * p.yearlySavingNok() * annuity,
                        within(1e-3));
        assertThat(t.adjustments())
                .singleElement()
                .satisfies(a -> assertThat(a.rule()).isEqualTo("scenario.rule.retrofit-first"));
    }

    @Test
    void measuresInOneDistrictShareItsCarKilometres() {
        MunicipalityId trondheim = Impacts.TRONDHEIM;
        // Heimdal: 50,000 people × 5,500 vehicle km = 275 million car km a year.
        ProposalDetails lane = at(
                "Lane",
                Category.BIKE_LANE,
                in("lengthKm", 5, "tripsPerDay", 50_000, "tripKm", 10),
                trondheim,
                63.35,
                10.35,
                "Heimdal");
        ProposalDetails bus = at(
                "Buses",
                Category.PUBLIC_TRANSPORT,
                in(
                        "extraDeparturesPercent",
                        100,
                        "passengersPerDay",
                        200_000,
                        "tripKm",
                        10,
                        "shareFromCar",
                        0.8,
                        "electricBuses",
                        1),
                trondheim,
                63.36,
                10.36,
                "Heimdal");
        ScenarioTotals t = combine(trondheim, lane, bus);
        double pool = 50_000 * 5_500.0;
        double laneKm = 50_000 * 10 * 365 / 1.7;
        double busKm = 200_000 * 0.42 * 1.0 * 0.8 * 10 * 365 / 1.7;
        double factor = pool * (1 - (1 - laneKm / pool) * (1 - busKm / pool)) / (laneKm + busKm);
        assertThat(factor).isLessThan(1);
        // Only the car-km part shrinks; the lane is the car part whole, the buses' part is their car km.
        double carLane = carTonnes(lane);
        double carBus = carTonnes(bus);
        assertThat(carLane).isCloseTo(territorial(lane), within(1e-9));
        assertThat(t.territorialTonnes().central())
                .isCloseTo(territorial(lane) + territorial(bus) - (carLane + carBus) * (1 - factor), within(1e-6));
        assertThat(t.indirectTonnes().central()).isCloseTo(indirect(bus), within(1e-9));
        assertThat(t.adjustments())
                .singleElement()
                .satisfies(a -> assertThat(a.rule()).isEqualTo("scenario.rule.shared-car-km"));
    }

    @Test
    void incompleteProposalsAreListedNotCounted() {
        ScenarioTotals t = combine(
                MunicipalityId.of("alesund"),
                proposal("Panels", Category.ROOFTOP_SOLAR, in("kwp", 10)),
                proposal("Vague", Category.HEAT_PUMP, Map.of()));
        assertThat(t.estimated()).isEqualTo(1);
        assertThat(t.incomplete()).containsExactly("Vague");
    }
}

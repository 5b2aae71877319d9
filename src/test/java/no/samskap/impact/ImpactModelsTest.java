package no.samskap.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samskap.impact.internal.ModelRunner;
import no.samskap.proposals.Category;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Hand-computed cases that the models must reproduce within 1 %. Central factors used: electricity
 * 0.015 kg/kWh and 1.00 NOK/kWh; solar yield 850 (Bærum) and 700 (Ålesund) kWh/kWp, 5.5 m²/kWp,
 * 18,000 NOK/kWp, Enova 7,500 + 1,250/kWp; heat demand 20,000 kWh/home; oil 0.265 kg/kWh;
 * district heating 0.075 kg/kWh; car 0.066 and bus 0.059 kg/pkm; air-to-air SCOP 2.4; see impact/factors.csv.
 */
class ImpactModelsTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final MunicipalityId ALESUND = MunicipalityId.of("alesund");

    static ImpactService service(Map<String, Double> electricityByMunicipality) throws IOException {
        FactorCatalogue catalogue = new FactorCatalogue(
                new ImpactSettings("classpath:impact/factors.csv", electricityByMunicipality, Map.of()),
                new DefaultResourceLoader());
        return new ImpactService(new ModelRunner(catalogue));
    }

    static Map<String, Double> in(Object... pairs) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return m;
    }

    static List<String> keys(String... factorKeys) {
        return List.of(factorKeys);
    }

    /**
     * category, municipality, inputs, energy MWh, emissions t central, investment NOK, saving NOK (null = none),
     * and the factors the estimate must name as its sources.
     */
    static Stream<Arguments> handComputed() {
        return Stream.of(
                // 10 kWp × 850 = 8,500 kWh; × 0.015 = 0.1275 t; 10 × 18,000 − (7,500 + 12,500) = 160,000 NOK
                Arguments.of(
                        "solar Bærum 10 kWp",
                        Category.ROOFTOP_SOLAR,
                        BAERUM,
                        in("kwp", 10),
                        8.5,
                        0.1275,
                        160_000.0,
                        8_500.0,
                        keys(
                                "solar.yield.baerum",
                                "electricity.emission",
                                "solar.cost",
                                "solar.subsidy.fixed",
                                "solar.subsidy.per-kwp",
                                "electricity.price")),
                // west coast: 10 × 700 = 7,000 kWh; 0.105 t; same cost
                Arguments.of(
                        "solar Ålesund 10 kWp",
                        Category.ROOFTOP_SOLAR,
                        ALESUND,
                        in("kwp", 10),
                        7.0,
                        0.105,
                        160_000.0,
                        7_000.0,
                        keys(
                                "solar.yield.alesund",
                                "electricity.emission",
                                "solar.cost",
                                "solar.subsidy.fixed",
                                "solar.subsidy.per-kwp",
                                "electricity.price")),
                // 110 m² / 5.5 = 20 kWp; 17,000 kWh; 0.255 t; 360,000 − 32,500 = 327,500
                Arguments.of(
                        "solar from roof area",
                        Category.ROOFTOP_SOLAR,
                        BAERUM,
                        in("roofArea", 110),
                        17.0,
                        0.255,
                        327_500.0,
                        17_000.0,
                        keys(
                                "solar.area-per-kwp",
                                "solar.yield.baerum",
                                "electricity.emission",
                                "solar.cost",
                                "solar.subsidy.fixed",
                                "solar.subsidy.per-kwp",
                                "electricity.price")),
                // 100 kWp × 850 = 85,000 kWh; 1.275 t; 1,800,000 − 132,500 = 1,667,500
                Arguments.of(
                        "energy community 100 kWp",
                        Category.ENERGY_COMMUNITY,
                        BAERUM,
                        in("sharedKwp", 100),
                        85.0,
                        1.275,
                        1_667_500.0,
                        85_000.0,
                        keys(
                                "solar.yield.baerum",
                                "electricity.emission",
                                "solar.cost",
                                "solar.subsidy.fixed",
                                "solar.subsidy.per-kwp",
                                "electricity.price")),
                // 10 homes × 4,800 kWh = 48,000; 0.72 t; 10 × 24,000 = 240,000
                Arguments.of(
                        "air-to-air, electric",
                        Category.HEAT_PUMP,
                        BAERUM,
                        in("homes", 10, "type", 1),
                        48.0,
                        0.72,
                        240_000.0,
                        48_000.0,
                        keys(
                                "heat-pump.air-air.cost",
                                "heat-pump.air-air.saving",
                                "electricity.emission",
                                "electricity.price")),
                // 4 × 20,000 × 0.65 = 52,000 kWh; 0.78 t; 4 × 160,000
                Arguments.of(
                        "air-to-water, electric",
                        Category.HEAT_PUMP,
                        BAERUM,
                        in("homes", 4, "type", 2),
                        52.0,
                        0.78,
                        640_000.0,
                        52_000.0,
                        keys(
                                "heat-pump.water.cost",
                                "heat-pump.heat-demand",
                                "heat-pump.air-water.share-saved",
                                "electricity.emission",
                                "electricity.price")),
                // 2 × 20,000 × (1 − 1/3.5) = 28,571.4 kWh; 0.42857 t
                Arguments.of(
                        "ground source, electric",
                        Category.HEAT_PUMP,
                        BAERUM,
                        in("homes", 2, "type", 3),
                        28.5714,
                        0.428571,
                        320_000.0,
                        28_571.43,
                        keys(
                                "heat-pump.water.cost",
                                "heat-pump.heat-demand",
                                "heat-pump.ground.cop",
                                "electricity.emission",
                                "electricity.price")),
                // oil 20,000 kWh × 0.265 = 5.3 t minus 5,714.3 kWh × 0.015 = 0.0857 t → 5.2143 t; saved 14,285.7 kWh
                Arguments.of(
                        "ground source replacing oil",
                        Category.HEAT_PUMP,
                        BAERUM,
                        in("homes", 1, "type", 3, "replacesOil", 1),
                        14.2857,
                        5.21429,
                        160_000.0,
                        null,
                        keys(
                                "heat-pump.water.cost",
                                "heat-pump.heat-demand",
                                "heat-pump.ground.cop",
                                "heating-oil.emission",
                                "electricity.emission")),
                // heat 4,800 / (1 − 1/2.4) = 8,228.6 kWh × 0.265 = 2.18057 t; el 3,428.6 × 0.015 = 0.05143 t → 2.12914
                // t
                Arguments.of(
                        "air-to-air replacing oil",
                        Category.HEAT_PUMP,
                        BAERUM,
                        in("homes", 1, "type", 1, "replacesOil", 1),
                        4.8,
                        2.12914,
                        24_000.0,
                        null,
                        keys(
                                "heat-pump.air-air.cost",
                                "heat-pump.air-air.saving",
                                "heat-pump.air-air.scop",
                                "heating-oil.emission",
                                "electricity.emission")),
                // 1,000 m² × (7 − 3) grades × 30 = 120,000 kWh; 1.8 t; 1,000 × 2,500
                Arguments.of(
                        "retrofit G to C",
                        Category.BUILDING_RETROFIT,
                        BAERUM,
                        in("floorArea", 1000, "labelBefore", 7, "labelAfter", 3),
                        120.0,
                        1.8,
                        2_500_000.0,
                        120_000.0,
                        keys("retrofit.label-step", "retrofit.cost", "electricity.emission", "electricity.price")),
                // 500 × 1 × 30 = 15,000 kWh; 0.225 t; 1,250,000
                Arguments.of(
                        "retrofit E to D",
                        Category.BUILDING_RETROFIT,
                        BAERUM,
                        in("floorArea", 500, "labelBefore", 5, "labelAfter", 4),
                        15.0,
                        0.225,
                        1_250_000.0,
                        15_000.0,
                        keys("retrofit.label-step", "retrofit.cost", "electricity.emission", "electricity.price")),
                // 1,000 × 88 W × 3,650 h = 321,200 kWh; 4.818 t; 1,000 × 4,800
                Arguments.of(
                        "LED 125 to 37 W",
                        Category.LED_STREET_LIGHTING,
                        BAERUM,
                        in("fittings", 1000, "wattsBefore", 125, "wattsAfter", 37),
                        321.2,
                        4.818,
                        4_800_000.0,
                        321_200.0,
                        keys("led.hours", "led.cost", "electricity.emission", "electricity.price")),
                // 200 × 100 W × 3,650 h = 73,000 kWh; 1.095 t; 960,000
                Arguments.of(
                        "LED 150 to 50 W",
                        Category.LED_STREET_LIGHTING,
                        BAERUM,
                        in("fittings", 200, "wattsBefore", 150, "wattsAfter", 50),
                        73.0,
                        1.095,
                        960_000.0,
                        73_000.0,
                        keys("led.hours", "led.cost", "electricity.emission", "electricity.price")),
                // 1,000 MWh × (0.265 − 0.075) = 190 t
                Arguments.of(
                        "district heating instead of oil",
                        Category.DISTRICT_HEATING,
                        BAERUM,
                        in("energySwitched", 1000, "replacesOil", 1),
                        0.0,
                        190.0,
                        null,
                        null,
                        keys("heating-oil.emission", "district-heating.emission")),
                // 500 MWh × (0.015 − 0.075) = −30 t: with the location-based factor the switch adds emissions
                Arguments.of(
                        "district heating instead of electricity",
                        Category.DISTRICT_HEATING,
                        BAERUM,
                        in("energySwitched", 500),
                        0.0,
                        -30.0,
                        null,
                        null,
                        keys("electricity.emission", "district-heating.emission")),
                // 200,000 kWh / 0.18 = 1,111,111 km × 0.066 = 73.333 t − 200,000 × 0.015 = 3 t → 70.333 t
                Arguments.of(
                        "EV charging",
                        Category.EV_CHARGING,
                        BAERUM,
                        in("chargers", 10, "kwhPerCharger", 20000),
                        -200.0,
                        70.3333,
                        null,
                        null,
                        keys("ev.consumption", "car.emission", "electricity.emission")),
                // 10,000 kg × 5.0 = 50 t
                Arguments.of(
                        "reuse of electronics",
                        Category.REUSE_REPAIR_CENTRE,
                        BAERUM,
                        in("electronicsKg", 10000),
                        null,
                        50.0,
                        null,
                        null,
                        keys("reuse.electronics")),
                // 1,000 kg × 5.0 = 5 t + 500 chairs × 64 kg = 32 t → 37 t
                Arguments.of(
                        "reuse centre, mixed",
                        Category.REUSE_REPAIR_CENTRE,
                        BAERUM,
                        in("electronicsKg", 1000, "furnitureItems", 500),
                        null,
                        37.0,
                        null,
                        null,
                        keys("reuse.electronics", "reuse.furniture")),
                // 2,000 loans × 10 kg = 20 t
                Arguments.of(
                        "sharing library",
                        Category.SHARING_LIBRARY,
                        BAERUM,
                        in("itemsLent", 2000, "kgCo2PerLoan", 10),
                        null,
                        20.0,
                        null,
                        null,
                        keys()),
                // 50,000 kg × 3.34 = 167 t
                Arguments.of(
                        "food waste",
                        Category.FOOD_WASTE_REDUCTION,
                        BAERUM,
                        in("kgAvoided", 50000),
                        null,
                        167.0,
                        null,
                        null,
                        keys("food-waste.emission")),
                // 1,000 kg × 4 garments × 3 kg = 12 t
                Arguments.of(
                        "textiles by weight",
                        Category.TEXTILE_COLLECTION,
                        BAERUM,
                        in("kg", 1000),
                        null,
                        12.0,
                        null,
                        null,
                        keys("textile.garments-per-kg", "textile.per-garment")),
                // 500 garments × 3 kg = 1.5 t
                Arguments.of(
                        "textiles by count",
                        Category.TEXTILE_COLLECTION,
                        BAERUM,
                        in("garments", 500),
                        null,
                        1.5,
                        null,
                        null,
                        keys("textile.per-garment")),
                // 100 t × 0.3 = 30 t
                Arguments.of(
                        "building materials",
                        Category.BUILDING_MATERIAL_REUSE,
                        BAERUM,
                        in("tonnes", 100),
                        null,
                        30.0,
                        null,
                        null,
                        keys("reuse.building-materials")),
                // 500 trips × 3 km × 365 = 547,500 km × 0.066 = 36.135 t
                Arguments.of(
                        "bike lane",
                        Category.BIKE_LANE,
                        BAERUM,
                        in("lengthKm", 2, "tripsPerDay", 500, "tripKm", 3),
                        null,
                        36.135,
                        null,
                        null,
                        keys("car.emission")),
                // 10,000 × 0.42 × 20 % = 840 new; × 0.3 × 8 km × 365 = 735,840 pkm × (0.066 − 0.059) = 5.15088 t
                Arguments.of(
                        "more departures",
                        Category.PUBLIC_TRANSPORT,
                        BAERUM,
                        in("extraDeparturesPercent", 20, "passengersPerDay", 10000, "tripKm", 8, "shareFromCar", 0.3),
                        null,
                        5.15088,
                        null,
                        null,
                        keys("pt.frequency-elasticity", "car.emission", "bus.emission")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handComputed")
    void reproducesTheHandComputedFigures(
            String name,
            Category category,
            MunicipalityId municipality,
            Map<String, Double> inputs,
            Double energy,
            double emissions,
            Double investment,
            Double saving,
            List<String> factors)
            throws IOException {
        Estimate e = service(Map.of()).estimate(category, inputs, municipality);
        assertThat(e.missing()).isEmpty();
        assertClose(e.emissionsTonnes().central(), emissions);
        if (energy == null) {
            assertThat(e.energyMwh()).isNull();
        } else {
            assertClose(e.energyMwh(), energy);
        }
        if (investment == null) {
            assertThat(e.investmentNok()).isNull();
        } else {
            assertClose(e.investmentNok(), investment);
        }
        if (saving == null) {
            assertThat(e.yearlySavingNok()).isNull();
        } else {
            assertClose(e.yearlySavingNok(), saving);
            assertClose(e.paybackYears(), investment / saving);
        }
        assertThat(e.emissionsTonnes().low())
                .isLessThanOrEqualTo(e.emissionsTonnes().central());
        assertThat(e.emissionsTonnes().high())
                .isGreaterThanOrEqualTo(e.emissionsTonnes().central());
        assertThat(e.steps()).isNotEmpty();
        // Exactly the factors used, so a figure read but not shown as a source (or the reverse) fails here.
        assertThat(e.factors()).extracting(Factor::key).containsExactlyInAnyOrderElementsOf(factors);
        for (Factor f : e.factors()) {
            assertThat(f.sourceUrl()).as(f.key()).startsWith("http");
        }
        assertThat(e.sdgTargets()).isNotEmpty();
        assertThat(e.kpis()).isNotEmpty();
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.max(Math.abs(expected) * 0.01, 1e-9)));
    }

    @Test
    void theElectricityFactorRangeIsShownAndEachMunicipalityChoosesItsCentralValue() throws IOException {
        Estimate standard = service(Map.of()).estimate(Category.ROOFTOP_SOLAR, in("kwp", 10), BAERUM);
        // 8,500 kWh × 0.015 … 0.402 kg/kWh
        assertClose(standard.emissionsTonnes().low(), 0.1275);
        assertClose(standard.emissionsTonnes().high(), 3.417);
        Estimate chosen = service(Map.of("baerum", 0.130)).estimate(Category.ROOFTOP_SOLAR, in("kwp", 10), BAERUM);
        // 8,500 kWh × 0.130 kg/kWh = 1.105 t
        assertClose(chosen.emissionsTonnes().central(), 1.105);
        assertClose(chosen.emissionsTonnes().high(), 3.417);
    }

    @Test
    void theAirToAirSeasonalCopComesFromTheCatalogue(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("factors.csv");
        try (InputStream in = new DefaultResourceLoader()
                .getResource("classpath:impact/factors.csv")
                .getInputStream()) {
            Files.writeString(
                    csv,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace(
                                    "heat-pump.air-air.scop;ratio;2023;2.0;2.4;3.0;",
                                    "heat-pump.air-air.scop;ratio;2023;2.0;3.0;3.0;"));
        }
        FactorCatalogue catalogue = new FactorCatalogue(
                new ImpactSettings(csv.toUri().toString(), Map.of(), Map.of()), new DefaultResourceLoader());
        Estimate e = new ImpactService(new ModelRunner(catalogue))
                .estimate(Category.HEAT_PUMP, in("homes", 1, "type", 1, "replacesOil", 1), BAERUM);
        // heat 4,800 / (1 − 1/3) = 7,200 kWh × 0.265 = 1.908 t; el 2,400 × 0.015 = 0.036 t → 1.872 t
        assertClose(e.emissionsTonnes().central(), 1.872);
    }

    @Test
    void missingInputsAreNamedNotGuessed() throws IOException {
        ImpactService impact = service(Map.of());
        assertThat(impact.estimate(Category.ROOFTOP_SOLAR, Map.of(), BAERUM).missing())
                .containsExactly("kwp|roofArea");
        Estimate heat = impact.estimate(Category.HEAT_PUMP, in("type", 2), BAERUM);
        assertThat(heat.missing()).containsExactly("homes");
        assertThat(heat.emissionsTonnes()).isNull();
        assertThat(impact.estimate(Category.PUBLIC_TRANSPORT, in("passengersPerDay", 100), BAERUM)
                        .missing())
                .containsExactly("extraDeparturesPercent", "tripKm", "shareFromCar");
    }

    @Test
    void absurdInputsAreRefusedAtTheirField() throws IOException {
        ImpactService impact = service(Map.of());
        assertThatThrownBy(() -> impact.estimate(Category.ROOFTOP_SOLAR, in("kwp", 10_000_000), BAERUM))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.field()).isEqualTo("kwp");
                    assertThat(e.messageKey()).isEqualTo("error.impact.range");
                });
        assertThatThrownBy(() -> impact.estimate(Category.HEAT_PUMP, in("homes", -5), BAERUM))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("homes"));
        assertThatThrownBy(() -> impact.estimate(Category.HEAT_PUMP, in("homes", Double.NaN), BAERUM))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void everyCategoryHasAModelWithInputs() throws IOException {
        ImpactService impact = service(Map.of());
        for (Category c : Category.values()) {
            assertThat(impact.parameters(c)).as(c.name()).isNotEmpty();
            assertThat(impact.estimate(c, Map.of(), BAERUM).missing())
                    .as(c.name())
                    .isNotEmpty();
        }
    }
}

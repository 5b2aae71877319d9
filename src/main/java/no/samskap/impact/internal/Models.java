package no.samskap.impact.internal;

import java.util.List;
import java.util.Map;
import no.samskap.impact.Estimate;
import no.samskap.impact.KpiEffect;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/**
 * One model per category. Each reads its inputs, takes every figure from the factor catalogue
 * and records its arithmetic. Energy in MWh/yr, emissions in t CO2e/yr, money in NOK.
 */
public final class Models {

    private Models() {
    }

    static final KpiEffect GHG_DOWN = new KpiEffect("EN: EN: AQ: 2C", -1);
    static final KpiEffect RENEWABLE_UP = new KpiEffect("EN: E: E: 1C", +1);
    static final KpiEffect ELECTRICITY_DOWN = new KpiEffect("EN: E: E: 2C", -1);
    static final KpiEffect THERMAL_DOWN = new KpiEffect("EN: E: E: 3C", -1);
    static final KpiEffect PUBLIC_BUILDINGS_DOWN = new KpiEffect("EN: E: E: 4A", -1);
    static final KpiEffect WASTE_TREATMENT_UP = new KpiEffect("EN: EN: WA: 1C", +1);
    static final KpiEffect MODE_SHARE = new KpiEffect("EC: I: T: 4A", +1);
    static final KpiEffect BIKE_NETWORK_UP = new KpiEffect("EC: I: T: 3C", +1);
    static final KpiEffect LOW_CARBON_VEHICLES_UP = new KpiEffect("EC: I: T: 8A", +1);

    /** The inputs each category asks for, with their sensible ranges. */
    public static final Map<Category, List<ParameterSpec>> PARAMETERS = Map.ofEntries(
            Map.entry(Category.ROOFTOP_SOLAR, List.of(new ParameterSpec("kwp", "kWp", 0.5, 5_000),
                    new ParameterSpec("roofArea", "m²", 3, 30_000))),
            Map.entry(Category.HEAT_PUMP, List.of(new ParameterSpec("homes", "homes", 1, 5_000),
                    new ParameterSpec("type", "1 air-to-air, 2 air-to-water, 3 ground source", 1, 3),
                    new ParameterSpec("replacesOil", "0 electric heating, 1 oil", 0, 1))),
            Map.entry(Category.BUILDING_RETROFIT, List.of(new ParameterSpec("floorArea", "m²", 10, 200_000),
                    new ParameterSpec("labelBefore", "1 A … 7 G", 1, 7),
                    new ParameterSpec("labelAfter", "1 A … 7 G", 1, 7))),
            Map.entry(Category.LED_STREET_LIGHTING, List.of(new ParameterSpec("fittings", "fittings", 1, 100_000),
                    new ParameterSpec("wattsBefore", "W", 5, 1_000), new ParameterSpec("wattsAfter", "W", 1, 500))),
            Map.entry(Category.DISTRICT_HEATING, List.of(new ParameterSpec("energySwitched", "MWh/yr", 1, 500_000),
                    new ParameterSpec("replacesOil", "0 electric heating, 1 oil", 0, 1))),
            Map.entry(Category.EV_CHARGING, List.of(new ParameterSpec("chargers", "chargers", 1, 10_000),
                    new ParameterSpec("kwhPerCharger", "kWh/yr per charger", 100, 500_000))),
            Map.entry(Category.ENERGY_COMMUNITY, List.of(new ParameterSpec("sharedKwp", "kWp", 1, 5_000))),
            Map.entry(Category.REUSE_REPAIR_CENTRE, List.of(new ParameterSpec("electronicsKg", "kg/yr", 1, 5_000_000),
                    new ParameterSpec("furnitureItems", "items/yr", 1, 1_000_000))),
            Map.entry(Category.SHARING_LIBRARY, List.of(new ParameterSpec("itemsLent", "loans/yr", 1, 1_000_000),
                    new ParameterSpec("kgCo2PerLoan", "kg CO2e per loan", 0.1, 500))),
            Map.entry(Category.FOOD_WASTE_REDUCTION, List.of(new ParameterSpec("kgAvoided", "kg/yr", 1, 10_000_000))),
            Map.entry(Category.TEXTILE_COLLECTION, List.of(new ParameterSpec("kg", "kg/yr", 1, 10_000_000),
                    new ParameterSpec("garments", "garments/yr", 1, 10_000_000))),
            Map.entry(Category.BUILDING_MATERIAL_REUSE, List.of(new ParameterSpec("tonnes", "t/yr", 0.1, 100_000))),
            Map.entry(Category.BIKE_LANE, List.of(new ParameterSpec("lengthKm", "km", 0.1, 200),
                    new ParameterSpec("tripsPerDay", "car trips shifted per day", 1, 100_000),
                    new ParameterSpec("tripKm", "km per trip", 0.2, 50))),
            Map.entry(Category.PUBLIC_TRANSPORT, List.of(
                    new ParameterSpec("extraDeparturesPercent", "% more departures", 1, 300),
                    new ParameterSpec("passengersPerDay", "passengers per day today", 1, 500_000),
                    new ParameterSpec("tripKm", "km per trip", 0.5, 200),
                    new ParameterSpec("shareFromCar", "share of new passengers who left the car (0–1)", 0, 1))));

    static Estimate estimate(Calculation c, Category category) {
        return switch (category) {
            case ROOFTOP_SOLAR -> solar(c, c.has("kwp") ? c.in("kwp") : kwpFromArea(c));
            case ENERGY_COMMUNITY -> solar(c, c.in("sharedKwp"));
            case HEAT_PUMP -> heatPump(c);
            case BUILDING_RETROFIT -> retrofit(c);
            case LED_STREET_LIGHTING -> led(c);
            case DISTRICT_HEATING -> districtHeating(c);
            case EV_CHARGING -> evCharging(c);
            case REUSE_REPAIR_CENTRE -> reuseCentre(c);
            case SHARING_LIBRARY -> sharingLibrary(c);
            case FOOD_WASTE_REDUCTION -> foodWaste(c);
            case TEXTILE_COLLECTION -> textiles(c);
            case BUILDING_MATERIAL_REUSE -> buildingMaterials(c);
            case BIKE_LANE -> bikeLane(c);
            case PUBLIC_TRANSPORT -> publicTransport(c);
        };
    }

    private static double kwpFromArea(Calculation c) {
        if (!c.has("roofArea")) {
            c.needOneOf("kwp", "roofArea");
            return 0;
        }
        double area = c.in("roofArea");
        double perKwp = c.f("solar.area-per-kwp").central();
        return c.step("capacity", area + " m² / " + perKwp + " m²/kWp", area / perKwp, "kWp");
    }

    private static String solarYieldKey(Calculation c) {
        String key = "solar.yield." + (c.municipality() == null ? "default" : c.municipality().value());
        return key;
    }

    /** Electricity saved or produced, valued at the electricity factor and price. */
    private static Range electricityEmissions(Calculation c, double kwh) {
        Range ef = c.range("electricity.emission");
        return c.step("avoided emissions", kwh + " kWh × " + ef.central() + " kg CO2e/kWh / 1000", ef.times(kwh / 1000),
                "t CO2e/yr");
    }

    private static double saving(Calculation c, double kwh) {
        double price = c.f("electricity.price").central();
        return c.step("yearly saving", kwh + " kWh × " + price + " NOK/kWh", kwh * price, "NOK/yr");
    }

    private static Estimate solar(Calculation c, double kwp) {
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        String yieldKey;
        try {
            c.f(solarYieldKey(c));
            yieldKey = solarYieldKey(c);
        } catch (IllegalStateException noLocalYield) {
            yieldKey = "solar.yield.default";
        }
        double yield = c.f(yieldKey).central();
        double kwh = c.step("production", kwp + " kWp × " + yield + " kWh/kWp", kwp * yield, "kWh/yr");
        Range emissions = electricityEmissions(c, kwh);
        double cost = c.f("solar.cost").central();
        double subsidy = c.f("solar.subsidy.fixed").central() + c.f("solar.subsidy.per-kwp").central() * kwp;
        double investment = c.step("investment", kwp + " kWp × " + cost + " NOK/kWp − Enova " + subsidy + " NOK",
                Math.max(0, kwp * cost - subsidy), "NOK");
        return c.result(kwh / 1000, emissions, investment, saving(c, kwh), List.of("7.2", "13.2"),
                List.of(RENEWABLE_UP, GHG_DOWN));
    }

    private static Estimate heatPump(Calculation c) {
        double homes = c.in("homes");
        double type = c.has("type") ? c.in("type") : 1;
        boolean oil = c.has("replacesOil") && c.in("replacesOil") >= 1;
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        double demand = c.f("heat-pump.heat-demand").central();
        double cop = switch ((int) type) {
            case 2 -> 1 / (1 - c.f("heat-pump.air-water.share-saved").central());
            case 3 -> c.f("heat-pump.ground.cop").central();
            default -> 2.4; // Enova's seasonal COP for air-to-air, used with its 60 % coverage below
        };
        double perHome = type == 1 ? c.f("heat-pump.air-air.saving").central() : demand * (1 - 1 / cop);
        double investment = homes * (type == 1 ? c.f("heat-pump.air-air.cost").central()
                : c.f("heat-pump.water.cost").central());
        c.step("investment", homes + " homes × cost per home", investment, "NOK");
        if (!oil) {
            double kwh = c.step("electricity saved", homes + " homes × " + round(perHome) + " kWh", homes * perHome,
                    "kWh/yr");
            return c.result(kwh / 1000, electricityEmissions(c, kwh), investment, saving(c, kwh),
                    List.of("7.3", "13.2"), List.of(ELECTRICITY_DOWN, THERMAL_DOWN, GHG_DOWN));
        }
        double heat = type == 1 ? perHome / (1 - 1 / cop) : demand; // heat the pump delivers instead of oil
        double oilKwh = c.step("oil heat replaced", homes + " homes × " + round(heat) + " kWh", homes * heat, "kWh/yr");
        double electricity = c.step("electricity used", round(oilKwh) + " kWh / COP " + round(cop), oilKwh / cop,
                "kWh/yr");
        Range oilEmissions = c.range("heating-oil.emission").times(oilKwh / 1000);
        Range elEmissions = c.range("electricity.emission").times(electricity / 1000);
        Range avoided = c.step("avoided emissions", "oil kWh × oil factor − electricity kWh × electricity factor",
                oilEmissions.minus(elEmissions), "t CO2e/yr");
        double energySaved = oilKwh - electricity;
        return c.result(energySaved / 1000, avoided, investment, null, List.of("7.2", "7.3", "13.2"),
                List.of(THERMAL_DOWN, GHG_DOWN));
    }

    private static Estimate retrofit(Calculation c) {
        double area = c.in("floorArea");
        double before = c.in("labelBefore");
        double after = c.in("labelAfter");
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        double grades = Math.max(0, before - after);
        double step = c.f("retrofit.label-step").central();
        double kwh = c.step("energy saved", area + " m² × " + grades + " grades × " + step + " kWh/m²",
                area * grades * step, "kWh/yr");
        double investment = c.step("investment", area + " m² × " + c.f("retrofit.cost").central() + " NOK/m²",
                area * c.f("retrofit.cost").central(), "NOK");
        return c.result(kwh / 1000, electricityEmissions(c, kwh), investment, saving(c, kwh),
                List.of("7.3", "9.4", "13.2"), List.of(PUBLIC_BUILDINGS_DOWN, ELECTRICITY_DOWN, GHG_DOWN));
    }

    private static Estimate led(Calculation c) {
        double n = c.in("fittings");
        double wBefore = c.in("wattsBefore");
        double wAfter = c.in("wattsAfter");
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        double hours = c.f("led.hours").central();
        double kwh = c.step("electricity saved", n + " × (" + wBefore + " − " + wAfter + ") W × " + hours + " h / 1000",
                n * Math.max(0, wBefore - wAfter) * hours / 1000, "kWh/yr");
        double investment = c.step("investment", n + " fittings × " + c.f("led.cost").central() + " NOK",
                n * c.f("led.cost").central(), "NOK");
        return c.result(kwh / 1000, electricityEmissions(c, kwh), investment, saving(c, kwh),
                List.of("7.3", "11.6", "13.2"), List.of(ELECTRICITY_DOWN, GHG_DOWN));
    }

    private static Estimate districtHeating(Calculation c) {
        double mwh = c.in("energySwitched");
        boolean oil = c.has("replacesOil") && c.in("replacesOil") >= 1;
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        Range from = c.range(oil ? "heating-oil.emission" : "electricity.emission");
        Range dh = c.range("district-heating.emission");
        Range avoided = c.step("avoided emissions", mwh + " MWh × (" + from.central() + " − " + dh.central()
                + ") kg/kWh", from.minus(dh).times(mwh), "t CO2e/yr");
        return c.result(0.0, avoided, null, null, List.of("7.2", "11.6", "13.2"), List.of(THERMAL_DOWN, GHG_DOWN));
    }

    private static Estimate evCharging(Calculation c) {
        double chargers = c.in("chargers");
        double perCharger = c.in("kwhPerCharger");
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        double kwh = c.step("electricity charged", chargers + " × " + perCharger + " kWh", chargers * perCharger,
                "kWh/yr");
        double km = c.step("electric km", round(kwh) + " kWh / " + c.f("ev.consumption").central() + " kWh/km",
                kwh / c.f("ev.consumption").central(), "km/yr");
        Range car = c.range("car.emission").times(km / 1000);
        Range el = c.range("electricity.emission").times(kwh / 1000);
        Range avoided = c.step("avoided emissions", "km × car factor − kWh × electricity factor", car.minus(el),
                "t CO2e/yr");
        return c.result(-kwh / 1000, avoided, null, null, List.of("7.2", "11.2", "13.2"),
                List.of(LOW_CARBON_VEHICLES_UP, GHG_DOWN));
    }

    private static Estimate reuseCentre(Calculation c) {
        if (!c.has("electronicsKg") && !c.has("furnitureItems")) {
            c.needOneOf("electronicsKg", "furnitureItems");
            return c.result(null, null, null, null, List.of(), List.of());
        }
        Range total = Range.of(0);
        if (c.has("electronicsKg")) {
            double kg = c.in("electronicsKg");
            total = total.plus(c.step("electronics reused", kg + " kg × " + c.f("reuse.electronics").central()
                    + " kg CO2e/kg / 1000", c.range("reuse.electronics").times(kg / 1000), "t CO2e/yr"));
        }
        if (c.has("furnitureItems")) {
            double items = c.in("furnitureItems");
            total = total.plus(c.step("furniture reused", items + " items × " + c.f("reuse.furniture").central()
                    + " kg CO2e / 1000", c.range("reuse.furniture").times(items / 1000), "t CO2e/yr"));
        }
        return c.result(null, total, null, null, List.of("11.6", "12.5", "13.2"), List.of(WASTE_TREATMENT_UP, GHG_DOWN));
    }

    private static Estimate sharingLibrary(Calculation c) {
        double loans = c.in("itemsLent");
        double perLoan = c.in("kgCo2PerLoan");
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        Range avoided = c.step("avoided purchases", loans + " loans × " + perLoan + " kg CO2e / 1000",
                Range.of(loans * perLoan / 1000), "t CO2e/yr");
        return c.result(null, avoided, null, null, List.of("12.5", "17.17"), List.of(WASTE_TREATMENT_UP, GHG_DOWN));
    }

    private static Estimate foodWaste(Calculation c) {
        double kg = c.in("kgAvoided");
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        Range avoided = c.step("avoided emissions", kg + " kg × " + c.f("food-waste.emission").central()
                + " kg CO2e/kg / 1000", c.range("food-waste.emission").times(kg / 1000), "t CO2e/yr");
        return c.result(null, avoided, null, null, List.of("12.3", "13.2"), List.of(WASTE_TREATMENT_UP, GHG_DOWN));
    }

    private static Estimate textiles(Calculation c) {
        double garments;
        if (c.has("garments")) {
            garments = c.in("garments");
        } else if (c.has("kg")) {
            double kg = c.in("kg");
            garments = c.step("garments", kg + " kg × " + c.f("textile.garments-per-kg").central() + " garments/kg",
                    kg * c.f("textile.garments-per-kg").central(), "garments/yr");
        } else {
            c.needOneOf("kg", "garments");
            return c.result(null, null, null, null, List.of(), List.of());
        }
        Range avoided = c.step("avoided emissions", round(garments) + " garments × " + c.f("textile.per-garment")
                .central() + " kg CO2e / 1000", c.range("textile.per-garment").times(garments / 1000), "t CO2e/yr");
        return c.result(null, avoided, null, null, List.of("12.5", "13.2"), List.of(WASTE_TREATMENT_UP, GHG_DOWN));
    }

    private static Estimate buildingMaterials(Calculation c) {
        double tonnes = c.in("tonnes");
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        Range avoided = c.step("avoided emissions", tonnes + " t × " + c.f("reuse.building-materials").central()
                + " t CO2e/t", c.range("reuse.building-materials").times(tonnes), "t CO2e/yr");
        return c.result(null, avoided, null, null, List.of("9.4", "12.5", "13.2"), List.of(WASTE_TREATMENT_UP, GHG_DOWN));
    }

    private static Estimate bikeLane(Calculation c) {
        double trips = c.in("tripsPerDay");
        double km = c.in("tripKm");
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        double pkm = c.step("car km avoided", trips + " trips × " + km + " km × 365", trips * km * 365, "km/yr");
        Range avoided = c.step("avoided emissions", round(pkm) + " km × " + c.f("car.emission").central()
                + " kg CO2/km / 1000", c.range("car.emission").times(pkm / 1000), "t CO2e/yr");
        return c.result(null, avoided, null, null, List.of("11.2", "11.6", "13.2"),
                List.of(BIKE_NETWORK_UP, MODE_SHARE, GHG_DOWN));
    }

    private static Estimate publicTransport(Calculation c) {
        double pct = c.in("extraDeparturesPercent");
        double pax = c.in("passengersPerDay");
        double km = c.in("tripKm");
        double fromCar = c.in("shareFromCar");
        if (c.isMissing()) {
            return c.result(null, null, null, null, List.of(), List.of());
        }
        double elasticity = c.f("pt.frequency-elasticity").central();
        double newPax = c.step("new passengers", pax + " × " + elasticity + " × " + pct + " %",
                pax * elasticity * pct / 100, "passengers/day");
        double pkm = c.step("passenger km moved from cars", round(newPax) + " × " + fromCar + " × " + km
                + " km × 365", newPax * fromCar * km * 365, "km/yr");
        Range avoided = c.step("avoided emissions", "passenger km × (car − bus factor)",
                c.range("car.emission").minus(c.range("bus.emission")).times(pkm / 1000), "t CO2e/yr");
        return c.result(null, avoided, null, null, List.of("11.2", "11.6", "13.2"), List.of(MODE_SHARE, GHG_DOWN));
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 100) / 100.0);
    }
}

package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Sector;
import no.samskap.proposals.Category;

/** Heat pumps in homes that today heat with electricity or oil. */
final class HeatPump implements ImpactModel {

    static final ParameterSpec HOMES = new ParameterSpec("homes", "homes", 1, 5_000);
    static final ParameterSpec TYPE =
            ParameterSpec.choice("type", "1 air-to-air, 2 air-to-water, 3 ground source", 1, 3);
    static final ParameterSpec REPLACES_OIL = ParameterSpec.choice("replacesOil", "0 electric heating, 1 oil", 0, 1);
    static final ParameterSpec OIL_LITRES =
            new ParameterSpec("oilLitres", "litres of heating oil a year, all homes together", 0, 50_000_000);

    static final int MAX_LITRES_PER_HOME = 10_000;

    private static final String[] TYPES = {"", "air-air", "air-water", "ground"};

    @Override
    public Category category() {
        return Category.HEAT_PUMP;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(HOMES, TYPE, REPLACES_OIL, OIL_LITRES);
    }

    @Override
    public void estimate(Calculation c) {
        double homes = c.in(HOMES);
        // The type changes the saving threefold, so it is asked for rather than assumed.
        int type = (int) c.in(TYPE);
        boolean oil = c.in(REPLACES_OIL, 0) >= 1;
        if (c.isMissing()) {
            return;
        }
        if (c.has(OIL_LITRES) && c.in(OIL_LITRES) > 0 && !oil) {
            throw Calculation.contradiction(OIL_LITRES, "error.impact.oil-without-oil");
        }
        if (oil && c.has(OIL_LITRES) && c.in(OIL_LITRES) == 0) {
            throw Calculation.contradiction(OIL_LITRES, "error.impact.oil-none");
        }
        // A large detached house burnt about 3,000 litres a year; ten times that per home is a typo.
        if (c.has(OIL_LITRES) && c.in(OIL_LITRES) > homes * MAX_LITRES_PER_HOME) {
            throw Calculation.contradiction(OIL_LITRES, "error.impact.oil-per-home", MAX_LITRES_PER_HOME);
        }
        String t = TYPES[type];
        double cost = c.f("heat-pump." + t + ".cost");
        c.investment(c.step("investment", () -> homes + " homes × " + cost + " NOK", homes * cost, "NOK"));
        c.lifetime("heat-pump." + t + ".lifetime");
        refrigerant(c, homes, t);
        if (oil) {
            replacingOil(c, homes, t);
        } else {
            double perHome = c.f("heat-pump." + t + ".saving");
            double kwh = c.step(
                    "electricity saved", () -> homes + " homes × " + perHome + " kWh", homes * perHome, "kWh/yr");
            c.energy(kwh / Units.KWH_PER_MWH);
            Electricity.indirect(c, kwh);
            c.saving(Electricity.saving(c, kwh));
            c.goals(List.of("7.3", "13.2"), List.of(Effects.ELECTRICITY_DOWN, Effects.THERMAL_DOWN));
            c.quantity("heat-pump-kwh", kwh);
        }
        c.quantity("homes", homes);
    }

    private static void replacingOil(Calculation c, double homes, String t) {
        double efficiency = c.f("heating-oil.boiler-efficiency");
        double fuelKwh;
        if (c.has(OIL_LITRES)) {
            double litres = c.in(OIL_LITRES);
            double perLitre = c.f("heating-oil.kwh-per-litre");
            fuelKwh = c.step(
                    "oil burnt today", () -> litres + " l × " + perLitre + " kWh/l", litres * perLitre, "kWh/yr");
        } else {
            double demand = c.f("heat-pump.heat-demand");
            fuelKwh = c.step(
                    "oil burnt today",
                    () -> homes + " homes × " + demand + " kWh heat / boiler efficiency " + efficiency,
                    homes * demand / efficiency,
                    "kWh/yr");
        }
        double coverage = c.f("heat-pump." + t + ".coverage");
        double heat = c.step(
                "heat the pump delivers",
                () -> Calculation.round(fuelKwh) + " kWh × efficiency " + efficiency + " × coverage " + coverage,
                fuelKwh * efficiency * coverage,
                "kWh/yr");
        double scop = c.f("heat-pump." + t + ".scop");
        double electricity = c.step(
                "electricity used", () -> Calculation.round(heat) + " kWh / SCOP " + scop, heat / scop, "kWh/yr");
        double oilFactor = c.f("heating-oil.emission");
        double burntLess = fuelKwh * coverage;
        double oilTonnes = c.step(
                "avoided emissions (territorial, heating)",
                () -> Calculation.round(burntLess) + " kWh oil × " + oilFactor + " kg CO2e/kWh / 1000",
                burntLess * oilFactor / Units.KG_PER_TONNE,
                "t CO2e/yr");
        c.territorial(Sector.HEATING, oilTonnes);
        Electricity.indirect(c, -electricity);
        c.energy((burntLess - electricity) / Units.KWH_PER_MWH);
        double oilPrice = c.f("heating-oil.price");
        double elPrice = c.f("electricity.price");
        c.saving(c.step(
                "yearly saving",
                () -> Calculation.round(burntLess) + " kWh × " + oilPrice + " − " + Calculation.round(electricity)
                        + " kWh × " + elPrice + " NOK/kWh",
                burntLess * oilPrice - electricity * elPrice,
                "NOK/yr"));
        // Fossil heating oil has been banned in buildings since 2020: the cut is mostly required already.
        c.warn("impact.warning.oil-ban");
        c.goals(List.of("7.2", "7.3", "13.2"), List.of(Effects.THERMAL_DOWN, Effects.GHG_DOWN));
        c.quantity("heat-pump-kwh", burntLess);
    }

    /** Refrigerant that leaks over the pump's life and at its end (HFCs are outside the municipal inventory). */
    private static void refrigerant(Calculation c, double homes, String t) {
        double charge = c.f("heat-pump." + t + ".refrigerant-kg");
        double gwp = c.f("refrigerant.gwp");
        double leak = c.f("refrigerant.leak-rate");
        double endOfLife = c.f("refrigerant.end-of-life-loss");
        double years = c.lifetime();
        c.embodied(c.step(
                "refrigerant leakage over the lifetime",
                () -> homes + " × " + charge + " kg × (" + leak + " × " + Calculation.round(years) + " years + "
                        + endOfLife + ") × GWP " + gwp + " / 1000",
                homes * charge * (leak * years + endOfLife) * gwp / Units.KG_PER_TONNE,
                "t CO2e"));
    }
}

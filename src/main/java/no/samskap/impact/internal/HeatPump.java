package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** Heat pumps in homes that today heat with electricity or oil. */
final class HeatPump implements ImpactModel {

    static final ParameterSpec HOMES = new ParameterSpec("homes", "homes", 1, 5_000);
    static final ParameterSpec TYPE = new ParameterSpec("type", "1 air-to-air, 2 air-to-water, 3 ground source", 1, 3);
    static final ParameterSpec REPLACES_OIL = new ParameterSpec("replacesOil", "0 electric heating, 1 oil", 0, 1);

    private static final int AIR_TO_AIR = 1;
    private static final int AIR_TO_WATER = 2;
    private static final int ELECTRIC_HEATING = 0;
    private static final int OIL = 1;

    @Override
    public Category category() {
        return Category.HEAT_PUMP;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(HOMES, TYPE, REPLACES_OIL);
    }

    @Override
    public Estimate estimate(Calculation c) {
        double homes = c.in(HOMES);
        // Unless the proposal says otherwise: the commonest pump, in a home heated with electricity.
        int type = (int) c.in(TYPE, AIR_TO_AIR);
        boolean oil = c.in(REPLACES_OIL, ELECTRIC_HEATING) >= OIL;
        if (c.isMissing()) {
            return c.incomplete();
        }
        if (type == AIR_TO_AIR) {
            double cost = c.f("heat-pump.air-air.cost").central();
            double investment = c.step("investment", homes + " homes × " + cost + " NOK", homes * cost, "NOK");
            // Enova's saving assumes the pump covers only part of the heating; the heat it delivers
            // follows from its SCOP.
            double saved = c.f("heat-pump.air-air.saving").central();
            if (!oil) {
                return replacingElectricHeating(c, homes, saved, investment);
            }
            double scop = c.f("heat-pump.air-air.scop").central();
            return replacingOil(c, homes, saved / (1 - 1 / scop), scop, investment);
        }
        double cost = c.f("heat-pump.water.cost").central();
        double investment = c.step("investment", homes + " homes × " + cost + " NOK", homes * cost, "NOK");
        double demand = c.f("heat-pump.heat-demand").central();
        double cop = type == AIR_TO_WATER
                ? 1 / (1 - c.f("heat-pump.air-water.share-saved").central())
                : c.f("heat-pump.ground.cop").central();
        return oil
                ? replacingOil(c, homes, demand, cop, investment)
                : replacingElectricHeating(c, homes, demand * (1 - 1 / cop), investment);
    }

    private static Estimate replacingElectricHeating(
            Calculation c, double homes, double savedPerHome, double investment) {
        double kwh = c.step(
                "electricity saved",
                homes + " homes × " + Calculation.round(savedPerHome) + " kWh",
                homes * savedPerHome,
                "kWh/yr");
        return c.result(
                kwh / Units.KWH_PER_MWH,
                Electricity.emissions(c, kwh),
                investment,
                Electricity.saving(c, kwh),
                List.of("7.3", "13.2"),
                List.of(Effects.ELECTRICITY_DOWN, Effects.THERMAL_DOWN, Effects.GHG_DOWN));
    }

    private static Estimate replacingOil(
            Calculation c, double homes, double heatPerHome, double cop, double investment) {
        double oilKwh = c.step(
                "oil heat replaced",
                homes + " homes × " + Calculation.round(heatPerHome) + " kWh",
                homes * heatPerHome,
                "kWh/yr");
        double electricity = c.step(
                "electricity used",
                Calculation.round(oilKwh) + " kWh / COP " + Calculation.round(cop),
                oilKwh / cop,
                "kWh/yr");
        Range oilEmissions = c.range("heating-oil.emission").times(oilKwh / Units.KG_PER_TONNE);
        Range elEmissions = c.range("electricity.emission").times(electricity / Units.KG_PER_TONNE);
        Range avoided = c.step(
                "avoided emissions",
                "oil kWh × oil factor − electricity kWh × electricity factor",
                oilEmissions.minus(elEmissions),
                "t CO2e/yr");
        return c.result(
                (oilKwh - electricity) / Units.KWH_PER_MWH,
                avoided,
                investment,
                null,
                List.of("7.2", "7.3", "13.2"),
                List.of(Effects.THERMAL_DOWN, Effects.GHG_DOWN));
    }
}

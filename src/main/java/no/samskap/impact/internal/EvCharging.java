package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** Public chargers: electric kilometres that replace the average car's. */
final class EvCharging implements ImpactModel {

    static final ParameterSpec CHARGERS = new ParameterSpec("chargers", "chargers", 1, 10_000);
    static final ParameterSpec KWH_PER_CHARGER = new ParameterSpec("kwhPerCharger", "kWh/yr per charger", 100, 500_000);

    @Override
    public Category category() {
        return Category.EV_CHARGING;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(CHARGERS, KWH_PER_CHARGER);
    }

    @Override
    public Estimate estimate(Calculation c) {
        double chargers = c.in(CHARGERS);
        double perCharger = c.in(KWH_PER_CHARGER);
        if (c.isMissing()) {
            return c.incomplete();
        }
        double kwh =
                c.step("electricity charged", chargers + " × " + perCharger + " kWh", chargers * perCharger, "kWh/yr");
        double consumption = c.f("ev.consumption").central();
        double km = c.step(
                "electric km",
                Calculation.round(kwh) + " kWh / " + consumption + " kWh/km",
                kwh / consumption,
                "km/yr");
        Range car = c.range("car.emission").times(km / Units.KG_PER_TONNE);
        Range el = c.range("electricity.emission").times(kwh / Units.KG_PER_TONNE);
        Range avoided =
                c.step("avoided emissions", "km × car factor − kWh × electricity factor", car.minus(el), "t CO2e/yr");
        return c.result(
                -kwh / Units.KWH_PER_MWH,
                avoided,
                null,
                null,
                List.of("7.2", "11.2", "13.2"),
                List.of(Effects.LOW_CARBON_VEHICLES_UP, Effects.GHG_DOWN));
    }
}

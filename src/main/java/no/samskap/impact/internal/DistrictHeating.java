package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** Buildings switched from electric or oil heating to district heating. */
final class DistrictHeating implements ImpactModel {

    static final ParameterSpec ENERGY_SWITCHED = new ParameterSpec("energySwitched", "MWh/yr", 1, 500_000);
    static final ParameterSpec REPLACES_OIL = new ParameterSpec("replacesOil", "0 electric heating, 1 oil", 0, 1);

    private static final int ELECTRIC_HEATING = 0;
    private static final int OIL = 1;

    @Override
    public Category category() {
        return Category.DISTRICT_HEATING;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ENERGY_SWITCHED, REPLACES_OIL);
    }

    @Override
    public Estimate estimate(Calculation c) {
        double mwh = c.in(ENERGY_SWITCHED);
        boolean oil = c.in(REPLACES_OIL, ELECTRIC_HEATING) >= OIL;
        if (c.isMissing()) {
            return c.incomplete();
        }
        Range from = c.range(oil ? "heating-oil.emission" : "electricity.emission");
        Range dh = c.range("district-heating.emission");
        // kg/kWh equals t/MWh, so the switched MWh need no conversion.
        Range avoided = c.step(
                "avoided emissions",
                mwh + " MWh × (" + from.central() + " − " + dh.central() + ") kg/kWh",
                from.minus(dh).times(mwh),
                "t CO2e/yr");
        return c.result(
                0.0,
                avoided,
                null,
                null,
                List.of("7.2", "11.6", "13.2"),
                List.of(Effects.THERMAL_DOWN, Effects.GHG_DOWN));
    }
}

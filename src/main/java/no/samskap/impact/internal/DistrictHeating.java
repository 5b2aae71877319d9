package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Sector;
import no.samskap.proposals.Category;

/** Buildings switched from electric or oil heating to district heating. */
final class DistrictHeating implements ImpactModel {

    static final ParameterSpec ENERGY_SWITCHED = new ParameterSpec("energySwitched", "MWh heat/yr", 1, 500_000);
    static final ParameterSpec REPLACES_OIL = ParameterSpec.choice("replacesOil", "0 electric heating, 1 oil", 0, 1);

    @Override
    public Category category() {
        return Category.DISTRICT_HEATING;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ENERGY_SWITCHED, REPLACES_OIL);
    }

    @Override
    public void estimate(Calculation c) {
        double mwh = c.in(ENERGY_SWITCHED);
        boolean oil = c.in(REPLACES_OIL, 0) >= 1;
        if (c.isMissing()) {
            return;
        }
        // The plant's emissions count where it stands (energy supply), often another municipality: indirect here.
        double dh = c.f("district-heating.emission");
        double plant = c.step(
                "district heating's own emissions (indirect)",
                () -> mwh + " MWh × " + dh + " t CO2e/MWh",
                mwh * dh,
                "t CO2e/yr");
        c.indirect(-plant);
        if (oil) {
            double efficiency = c.f("heating-oil.boiler-efficiency");
            double factor = c.f("heating-oil.emission");
            // kg/kWh equals t/MWh; the boiler burnt more oil than the heat it delivered.
            double avoided = c.step(
                    "avoided emissions (territorial, heating)",
                    () -> mwh + " MWh / boiler efficiency " + efficiency + " × " + factor + " t CO2e/MWh",
                    mwh / efficiency * factor,
                    "t CO2e/yr");
            c.territorial(Sector.HEATING, avoided);
            c.warn("impact.warning.oil-ban");
            c.goals(List.of("7.2", "11.6", "13.2"), List.of(Effects.THERMAL_DOWN, Effects.GHG_DOWN));
        } else {
            Electricity.indirect(c, mwh * Units.KWH_PER_MWH);
            c.goals(List.of("7.2", "11.6", "13.2"), List.of(Effects.THERMAL_DOWN));
        }
        c.energy(0);
        c.lifetime("district-heating.lifetime");
    }
}

package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Sector;
import no.samskap.proposals.Category;

/**
 * Public chargers. Only the electric kilometres the chargers add (not those electric cars would drive
 * anyway) replace a petrol or diesel car's kilometres, per vehicle-km.
 */
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
    public void estimate(Calculation c) {
        double chargers = c.in(CHARGERS);
        double perCharger = c.in(KWH_PER_CHARGER);
        if (c.isMissing()) {
            return;
        }
        double kwh = c.step(
                "electricity charged", () -> chargers + " × " + perCharger + " kWh", chargers * perCharger, "kWh/yr");
        double consumption = c.f("ev.consumption");
        double additional = c.f("ev-charging.additional-share");
        double km = c.step(
                "fossil car km replaced",
                () -> Calculation.round(kwh) + " kWh / " + consumption + " kWh/km × additional share " + additional,
                kwh / consumption * additional,
                "vehicle km/yr");
        double fossil = c.f("car.fossil-emission-vkm");
        double avoided = c.step(
                "avoided emissions (territorial, road traffic)",
                () -> Calculation.round(km) + " km × " + fossil + " kg CO2/vehicle km / 1000",
                km * fossil / Units.KG_PER_TONNE,
                "t CO2e/yr");
        c.carTonnes(avoided);
        c.territorial(Sector.ROAD_TRANSPORT, avoided);
        // Only the added kilometres' electricity is new demand.
        Electricity.indirect(c, -kwh * additional);
        c.energy(-kwh * additional / Units.KWH_PER_MWH);
        double cost = c.f("ev-charging.cost");
        c.investment(c.step("investment", () -> chargers + " × " + cost + " NOK", chargers * cost, "NOK"));
        c.lifetime("ev-charging.lifetime");
        c.goals(List.of("7.2", "11.2", "13.2"), List.of(Effects.LOW_CARBON_VEHICLES_UP, Effects.GHG_DOWN));
        c.quantity("car-vkm", km);
    }
}

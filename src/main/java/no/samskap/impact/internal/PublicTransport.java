package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Sector;
import no.samskap.proposals.Category;

/**
 * More departures: the passengers they win and the car kilometres those leave behind, less what the
 * extra buses emit and cost to run.
 */
final class PublicTransport implements ImpactModel {

    static final ParameterSpec EXTRA_DEPARTURES_PERCENT =
            new ParameterSpec("extraDeparturesPercent", "% more departures", 1, 300);
    static final ParameterSpec PASSENGERS_PER_DAY =
            new ParameterSpec("passengersPerDay", "passengers per day today", 1, 500_000);
    static final ParameterSpec TRIP_KM = new ParameterSpec("tripKm", "km per trip", 0.5, 200);
    static final ParameterSpec SHARE_FROM_CAR =
            new ParameterSpec("shareFromCar", "share of new passengers who left the car (0–1)", 0, 1);
    static final ParameterSpec BUS_KM_PER_DAY =
            new ParameterSpec("busKmPerDay", "bus km driven per day today on the line", 1, 100_000);
    static final ParameterSpec ELECTRIC_BUSES =
            ParameterSpec.choice("electricBuses", "1 the extra buses are electric, 0 not known", 0, 1);

    @Override
    public Category category() {
        return Category.PUBLIC_TRANSPORT;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                EXTRA_DEPARTURES_PERCENT, PASSENGERS_PER_DAY, TRIP_KM, SHARE_FROM_CAR, BUS_KM_PER_DAY, ELECTRIC_BUSES);
    }

    @Override
    public void estimate(Calculation c) {
        double pct = c.in(EXTRA_DEPARTURES_PERCENT);
        double pax = c.in(PASSENGERS_PER_DAY);
        double km = c.in(TRIP_KM);
        double fromCar = c.in(SHARE_FROM_CAR);
        if (c.isMissing()) {
            return;
        }
        double elasticity = c.f("pt.frequency-elasticity");
        double newPax = c.step(
                "new passengers",
                () -> pax + " × " + elasticity + " × " + pct + " %",
                pax * elasticity * pct / Units.PERCENT,
                "passengers/day");
        double pkm = c.step(
                "person km moved from cars",
                () -> Calculation.round(newPax) + " × " + fromCar + " × " + km + " km × 365",
                newPax * fromCar * km * Units.DAYS_PER_YEAR,
                "person km/yr");
        double car = c.f("car.emission-pkm");
        double avoided = c.step(
                "car emissions avoided",
                () -> Calculation.round(pkm) + " person km × " + car + " kg CO2/person km / 1000",
                pkm * car / Units.KG_PER_TONNE,
                "t CO2e/yr");
        // The line's bus km today: given, or the passenger km it carries over the average load.
        double busKmToday;
        if (c.has(BUS_KM_PER_DAY)) {
            busKmToday = c.in(BUS_KM_PER_DAY);
        } else {
            double load = c.f("bus.occupancy");
            busKmToday = c.step(
                    "bus km per day today",
                    () -> pax + " passengers × " + km + " km / " + load + " passengers per bus",
                    pax * km / load,
                    "vehicle km/day");
        }
        double extraBusKm = c.step(
                "extra bus km",
                () -> Calculation.round(busKmToday) + " km × " + pct + " % × 365",
                busKmToday * pct / Units.PERCENT * Units.DAYS_PER_YEAR,
                "vehicle km/yr");
        // Electric buses emit nothing in the inventory, but their power counts in the indirect scope;
        // otherwise the fleet's mix of diesel, bio and electric buses.
        boolean electric = c.in(ELECTRIC_BUSES, 0) >= 1;
        double bus = electric ? 0 : c.f("bus.emission-vkm");
        if (electric) {
            double perKm = c.f("bus.electric-consumption");
            double kwh = c.step(
                    "electricity of the extra buses",
                    () -> Calculation.round(extraBusKm) + " km × " + perKm + " kWh/km",
                    extraBusKm * perKm,
                    "kWh/yr");
            Electricity.indirect(c, -kwh);
            c.energy(-kwh / Units.KWH_PER_MWH);
        }
        double busTonnes = c.step(
                "emissions of the extra buses",
                () -> Calculation.round(extraBusKm) + " km × " + bus + " kg CO2/vehicle km / 1000",
                extraBusKm * bus / Units.KG_PER_TONNE,
                "t CO2e/yr");
        c.carTonnes(avoided);
        c.territorial(Sector.ROAD_TRANSPORT, avoided - busTonnes);
        double cost = c.f("bus.operating-cost");
        c.saving(c.step(
                "yearly operating cost",
                () -> "− " + Calculation.round(extraBusKm) + " km × " + cost + " NOK/km",
                -extraBusKm * cost,
                "NOK/yr"));
        c.investment(0);
        c.lifetime("pt.lifetime");
        c.goals(List.of("11.2", "11.6", "13.2"), List.of(Effects.MODE_SHARE, Effects.GHG_DOWN));
        c.quantity("car-vkm", pkm / c.f("car.occupancy"));
    }
}

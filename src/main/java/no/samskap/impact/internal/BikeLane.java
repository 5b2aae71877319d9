package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Sector;
import no.samskap.proposals.Category;

/** A bike lane: trips it moves from the car to the bicycle, less the emissions of building it. */
final class BikeLane implements ImpactModel {

    static final ParameterSpec LENGTH_KM = new ParameterSpec("lengthKm", "km", 0.1, 200);
    static final ParameterSpec TRIPS_PER_DAY =
            new ParameterSpec("tripsPerDay", "car trips shifted per day", 1, 100_000);
    static final ParameterSpec TRIP_KM = new ParameterSpec("tripKm", "km per trip", 0.2, 50);

    @Override
    public Category category() {
        return Category.BIKE_LANE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(LENGTH_KM, TRIPS_PER_DAY, TRIP_KM);
    }

    @Override
    public void estimate(Calculation c) {
        double length = c.in(LENGTH_KM);
        double trips = c.in(TRIPS_PER_DAY);
        double km = c.in(TRIP_KM);
        if (c.isMissing()) {
            return;
        }
        // Trips are people's trips, so the per-person-km fleet factor applies (it includes electric cars).
        double pkm = c.step(
                "person km moved from cars",
                () -> trips + " trips × " + km + " km × 365",
                trips * km * Units.DAYS_PER_YEAR,
                "person km/yr");
        double car = c.f("car.emission-pkm");
        double avoided = c.step(
                "avoided emissions (territorial, road traffic)",
                () -> Calculation.round(pkm) + " person km × " + car + " kg CO2/person km / 1000",
                pkm * car / Units.KG_PER_TONNE,
                "t CO2e/yr");
        c.carTonnes(avoided);
        c.territorial(Sector.ROAD_TRANSPORT, avoided);
        double perKm = c.f("bike-lane.embodied");
        c.embodied(c.step(
                "embodied emissions (construction)",
                () -> length + " km × " + perKm + " t CO2e/km",
                length * perKm,
                "t CO2e"));
        double cost = c.f("bike-lane.cost");
        c.investment(c.step("investment", () -> length + " km × " + cost + " NOK/km", length * cost, "NOK"));
        c.lifetime("bike-lane.lifetime");
        c.goals(
                List.of("11.2", "11.6", "13.2"),
                List.of(Effects.BIKE_NETWORK_UP, Effects.MODE_SHARE, Effects.GHG_DOWN));
        c.quantity("car-vkm", pkm / c.f("car.occupancy"));
    }
}

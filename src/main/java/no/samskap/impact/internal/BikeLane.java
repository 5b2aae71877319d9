package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** A bike lane: car trips it moves to the bicycle. */
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
    public Estimate estimate(Calculation c) {
        double trips = c.in(TRIPS_PER_DAY);
        double km = c.in(TRIP_KM);
        if (c.isMissing()) {
            return c.incomplete();
        }
        double pkm = c.step(
                "car km avoided", trips + " trips × " + km + " km × 365", trips * km * Units.DAYS_PER_YEAR, "km/yr");
        Range car = c.range("car.emission");
        Range avoided = c.step(
                "avoided emissions",
                Calculation.round(pkm) + " km × " + car.central() + " kg CO2/km / 1000",
                car.times(pkm / Units.KG_PER_TONNE),
                "t CO2e/yr");
        return c.result(
                null,
                avoided,
                null,
                null,
                List.of("11.2", "11.6", "13.2"),
                List.of(Effects.BIKE_NETWORK_UP, Effects.MODE_SHARE, Effects.GHG_DOWN));
    }
}

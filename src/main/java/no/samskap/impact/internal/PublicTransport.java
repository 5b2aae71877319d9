package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** More departures: the passengers they win, and the car kilometres those leave behind. */
final class PublicTransport implements ImpactModel {

    static final ParameterSpec EXTRA_DEPARTURES_PERCENT =
            new ParameterSpec("extraDeparturesPercent", "% more departures", 1, 300);
    static final ParameterSpec PASSENGERS_PER_DAY =
            new ParameterSpec("passengersPerDay", "passengers per day today", 1, 500_000);
    static final ParameterSpec TRIP_KM = new ParameterSpec("tripKm", "km per trip", 0.5, 200);
    static final ParameterSpec SHARE_FROM_CAR =
            new ParameterSpec("shareFromCar", "share of new passengers who left the car (0–1)", 0, 1);

    @Override
    public Category category() {
        return Category.PUBLIC_TRANSPORT;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(EXTRA_DEPARTURES_PERCENT, PASSENGERS_PER_DAY, TRIP_KM, SHARE_FROM_CAR);
    }

    @Override
    public Estimate estimate(Calculation c) {
        double pct = c.in(EXTRA_DEPARTURES_PERCENT);
        double pax = c.in(PASSENGERS_PER_DAY);
        double km = c.in(TRIP_KM);
        double fromCar = c.in(SHARE_FROM_CAR);
        if (c.isMissing()) {
            return c.incomplete();
        }
        double elasticity = c.f("pt.frequency-elasticity").central();
        double newPax = c.step(
                "new passengers",
                pax + " × " + elasticity + " × " + pct + " %",
                pax * elasticity * pct / Units.PERCENT,
                "passengers/day");
        double pkm = c.step(
                "passenger km moved from cars",
                Calculation.round(newPax) + " × " + fromCar + " × " + km + " km × 365",
                newPax * fromCar * km * Units.DAYS_PER_YEAR,
                "km/yr");
        Range avoided = c.step(
                "avoided emissions",
                "passenger km × (car − bus factor)",
                c.range("car.emission").minus(c.range("bus.emission")).times(pkm / Units.KG_PER_TONNE),
                "t CO2e/yr");
        return c.result(
                null,
                avoided,
                null,
                null,
                List.of("11.2", "11.6", "13.2"),
                List.of(Effects.MODE_SHARE, Effects.GHG_DOWN));
    }
}

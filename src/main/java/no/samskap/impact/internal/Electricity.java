package no.samskap.impact.internal;

import no.samskap.impact.Range;

/** The steps every model that saves or produces electricity shares: its emissions and its value. */
final class Electricity {

    private Electricity() {}

    /** Emissions of the electricity saved or produced, at the municipality's electricity factor. */
    static Range emissions(Calculation c, double kwh) {
        Range ef = c.range("electricity.emission");
        return c.step(
                "avoided emissions",
                kwh + " kWh × " + ef.central() + " kg CO2e/kWh / 1000",
                ef.times(kwh / Units.KG_PER_TONNE),
                "t CO2e/yr");
    }

    /** What the electricity saved or produced is worth in a year. */
    static double saving(Calculation c, double kwh) {
        double price = c.f("electricity.price").central();
        return c.step("yearly saving", kwh + " kWh × " + price + " NOK/kWh", kwh * price, "NOK/yr");
    }
}

package no.samskap.impact.internal;

/**
 * Electricity saved or produced: outside the municipal inventory (which counts electricity as zero),
 * so its emissions are indirect, at the municipality's chosen factor.
 */
final class Electricity {

    private Electricity() {}

    /** Records the indirect emissions of the electricity saved or produced (t CO2e/yr). */
    static double indirect(Calculation c, double kwh) {
        double ef = c.f("electricity.emission");
        double tonnes = c.step(
                "avoided emissions (indirect, electricity)",
                () -> Calculation.round(kwh) + " kWh × " + ef + " kg CO2e/kWh / 1000",
                kwh * ef / Units.KG_PER_TONNE,
                "t CO2e/yr");
        c.indirect(tonnes);
        return tonnes;
    }

    /** What electricity a household no longer buys is worth in a year, at the household price. */
    static double saving(Calculation c, double kwh) {
        double price = c.f("electricity.price");
        return c.step(
                "yearly saving", () -> Calculation.round(kwh) + " kWh × " + price + " NOK/kWh", kwh * price, "NOK/yr");
    }
}

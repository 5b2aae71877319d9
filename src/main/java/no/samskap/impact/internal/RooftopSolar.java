package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** Solar panels on a roof, given by their capacity or by the roof area they cover. */
final class RooftopSolar implements ImpactModel {

    static final ParameterSpec KWP = new ParameterSpec("kwp", "kWp", 0.5, 5_000);
    static final ParameterSpec ROOF_AREA = new ParameterSpec("roofArea", "m²", 3, 30_000);
    static final ParameterSpec HOUSEHOLD = ParameterSpec.choice("household", "1 a home, 0 another building", 0, 1);

    @Override
    public Category category() {
        return Category.ROOFTOP_SOLAR;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(KWP, ROOF_AREA, HOUSEHOLD);
    }

    @Override
    public void estimate(Calculation c) {
        // Enova pays its solar support to households only; without the answer none is assumed.
        boolean household = c.in(HOUSEHOLD, 0) >= 1;
        if (c.has(KWP)) {
            produce(c, c.in(KWP), household);
            return;
        }
        if (!c.has(ROOF_AREA)) {
            c.needOneOf(KWP, ROOF_AREA);
            return;
        }
        double area = c.in(ROOF_AREA);
        double perKwp = c.f("solar.area-per-kwp");
        produce(c, c.step("capacity", () -> area + " m² / " + perKwp + " m²/kWp", area / perKwp, "kWp"), household);
    }

    /** Production, emissions and money of panels of the given capacity; shared with energy communities. */
    static void produce(Calculation c, double kwp, boolean household) {
        double yield = c.local("solar.yield");
        double kwh = c.step("production", () -> kwp + " kWp × " + yield + " kWh/kWp", kwp * yield, "kWh/yr");
        c.energy(kwh / Units.KWH_PER_MWH);
        Electricity.indirect(c, kwh);
        double perKwpEmbodied = c.f("solar.embodied");
        c.embodied(c.step(
                "embodied emissions (panels, inverter, mounting)",
                () -> kwp + " kWp × " + perKwpEmbodied + " kg CO2e/kWp / 1000",
                kwp * perKwpEmbodied / Units.KG_PER_TONNE,
                "t CO2e"));
        c.lifetime("solar.lifetime");
        double cost = c.f("solar.cost");
        double subsidy = 0;
        if (household) {
            double cap = c.f("solar.subsidy.max-kwp");
            double supported = Math.min(kwp, cap);
            double fixed = c.f("solar.subsidy.fixed");
            double perKwp = c.f("solar.subsidy.per-kwp");
            subsidy = c.step(
                    "Enova support (households, up to " + cap + " kW)",
                    () -> fixed + " NOK + " + Calculation.round(supported) + " kW × " + perKwp + " NOK/kW",
                    fixed + supported * perKwp,
                    "NOK");
        }
        double support = subsidy;
        c.investment(c.step(
                "investment",
                () -> Calculation.round(kwp) + " kWp × " + cost + " NOK/kWp − support " + Calculation.round(support)
                        + " NOK",
                Math.max(0, kwp * cost - support),
                "NOK"));
        // Power used on site saves the household price; power sent to the grid earns the spot price only.
        double own = c.f("solar.self-consumption");
        double price = c.f("electricity.price");
        double spot = c.f("electricity.spot-price");
        c.saving(c.step(
                "yearly value",
                () -> Calculation.round(kwh) + " kWh × (" + own + " × " + price + " + " + Calculation.round(1 - own)
                        + " × " + spot + ") NOK/kWh",
                kwh * (own * price + (1 - own) * spot),
                "NOK/yr"));
        c.goals(List.of("7.2", "13.2"), List.of(Effects.RENEWABLE_UP));
        c.quantity("solar-kwp", kwp);
    }
}

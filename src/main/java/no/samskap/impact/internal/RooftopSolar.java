package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** Solar panels on a roof, given by their capacity or by the roof area they cover. */
final class RooftopSolar implements ImpactModel {

    static final ParameterSpec KWP = new ParameterSpec("kwp", "kWp", 0.5, 5_000);
    static final ParameterSpec ROOF_AREA = new ParameterSpec("roofArea", "m²", 3, 30_000);

    @Override
    public Category category() {
        return Category.ROOFTOP_SOLAR;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(KWP, ROOF_AREA);
    }

    @Override
    public Estimate estimate(Calculation c) {
        if (c.has(KWP)) {
            return fromCapacity(c, c.in(KWP));
        }
        if (!c.has(ROOF_AREA)) {
            c.needOneOf(KWP, ROOF_AREA);
            return c.incomplete();
        }
        double area = c.in(ROOF_AREA);
        double perKwp = c.f("solar.area-per-kwp").central();
        return fromCapacity(c, c.step("capacity", area + " m² / " + perKwp + " m²/kWp", area / perKwp, "kWp"));
    }

    /** Production, emissions and investment of panels of the given capacity; shared with energy communities. */
    static Estimate fromCapacity(Calculation c, double kwp) {
        double yield = c.local("solar.yield").central();
        double kwh = c.step("production", kwp + " kWp × " + yield + " kWh/kWp", kwp * yield, "kWh/yr");
        Range emissions = Electricity.emissions(c, kwh);
        double cost = c.f("solar.cost").central();
        double subsidy = c.f("solar.subsidy.fixed").central()
                + c.f("solar.subsidy.per-kwp").central() * kwp;
        double investment = c.step(
                "investment",
                kwp + " kWp × " + cost + " NOK/kWp − Enova " + subsidy + " NOK",
                Math.max(0, kwp * cost - subsidy),
                "NOK");
        return c.result(
                kwh / Units.KWH_PER_MWH,
                emissions,
                investment,
                Electricity.saving(c, kwh),
                List.of("7.2", "13.2"),
                List.of(Effects.RENEWABLE_UP, Effects.GHG_DOWN));
    }
}

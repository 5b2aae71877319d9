package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** Street lights replaced by LED fittings of lower wattage. */
final class LedStreetLighting implements ImpactModel {

    static final ParameterSpec FITTINGS = new ParameterSpec("fittings", "fittings", 1, 100_000);
    static final ParameterSpec WATTS_BEFORE = new ParameterSpec("wattsBefore", "W", 5, 1_000);
    static final ParameterSpec WATTS_AFTER = new ParameterSpec("wattsAfter", "W", 1, 500);

    @Override
    public Category category() {
        return Category.LED_STREET_LIGHTING;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(FITTINGS, WATTS_BEFORE, WATTS_AFTER);
    }

    @Override
    public void estimate(Calculation c) {
        double n = c.in(FITTINGS);
        double wBefore = c.in(WATTS_BEFORE);
        double wAfter = c.in(WATTS_AFTER);
        if (c.isMissing()) {
            return;
        }
        if (wAfter >= wBefore) {
            throw Calculation.contradiction(WATTS_AFTER, "error.impact.watts-not-lower");
        }
        double hours = c.f("led.hours");
        double kwh = c.step(
                "electricity saved",
                () -> n + " × (" + wBefore + " − " + wAfter + ") W × " + hours + " h / 1000",
                n * (wBefore - wAfter) * hours / Units.W_PER_KW,
                "kWh/yr");
        c.energy(kwh / Units.KWH_PER_MWH);
        Electricity.indirect(c, kwh);
        double cost = c.f("led.cost");
        c.investment(c.step("investment", () -> n + " fittings × " + cost + " NOK", n * cost, "NOK"));
        c.saving(Electricity.saving(c, kwh));
        c.lifetime("led.lifetime");
        c.goals(List.of("7.3", "11.6", "13.2"), List.of(Effects.ELECTRICITY_DOWN));
    }
}

package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** Upgrading a building's envelope and systems by one or more energy label grades. */
final class BuildingRetrofit implements ImpactModel {

    static final ParameterSpec FLOOR_AREA = new ParameterSpec("floorArea", "m²", 10, 200_000);
    static final ParameterSpec LABEL_BEFORE = new ParameterSpec("labelBefore", "1 A … 7 G", 1, 7);
    static final ParameterSpec LABEL_AFTER = new ParameterSpec("labelAfter", "1 A … 7 G", 1, 7);

    @Override
    public Category category() {
        return Category.BUILDING_RETROFIT;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(FLOOR_AREA, LABEL_BEFORE, LABEL_AFTER);
    }

    @Override
    public Estimate estimate(Calculation c) {
        double area = c.in(FLOOR_AREA);
        double before = c.in(LABEL_BEFORE);
        double after = c.in(LABEL_AFTER);
        if (c.isMissing()) {
            return c.incomplete();
        }
        double grades = Math.max(0, before - after);
        double step = c.f("retrofit.label-step").central();
        double kwh = c.step(
                "energy saved",
                area + " m² × " + grades + " grades × " + step + " kWh/m²",
                area * grades * step,
                "kWh/yr");
        double cost = c.f("retrofit.cost").central();
        double investment = c.step("investment", area + " m² × " + cost + " NOK/m²", area * cost, "NOK");
        return c.result(
                kwh / Units.KWH_PER_MWH,
                Electricity.emissions(c, kwh),
                investment,
                Electricity.saving(c, kwh),
                List.of("7.3", "9.4", "13.2"),
                List.of(Effects.PUBLIC_BUILDINGS_DOWN, Effects.ELECTRICITY_DOWN, Effects.GHG_DOWN));
    }
}

package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** Upgrading a building's envelope and systems by one or more energy label grades. */
final class BuildingRetrofit implements ImpactModel {

    static final ParameterSpec FLOOR_AREA = new ParameterSpec("floorArea", "m²", 10, 200_000);
    static final ParameterSpec LABEL_BEFORE = ParameterSpec.choice("labelBefore", "1 A … 7 G", 1, 7);
    static final ParameterSpec LABEL_AFTER = ParameterSpec.choice("labelAfter", "1 A … 7 G", 1, 7);

    @Override
    public Category category() {
        return Category.BUILDING_RETROFIT;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(FLOOR_AREA, LABEL_BEFORE, LABEL_AFTER);
    }

    @Override
    public void estimate(Calculation c) {
        double area = c.in(FLOOR_AREA);
        double before = c.in(LABEL_BEFORE);
        double after = c.in(LABEL_AFTER);
        if (c.isMissing()) {
            return;
        }
        if (after >= before) {
            throw Calculation.contradiction(LABEL_AFTER, "error.impact.label-not-better");
        }
        double grades = before - after;
        double step = c.f("retrofit.label-step");
        double kwh = c.step(
                "energy saved",
                () -> area + " m² × " + grades + " grades × " + step + " kWh/m²",
                area * grades * step,
                "kWh/yr");
        c.energy(kwh / Units.KWH_PER_MWH);
        // Norwegian buildings are mostly heated with electricity, which the inventory counts as zero.
        Electricity.indirect(c, kwh);
        double base = c.f("retrofit.cost-base");
        double perGrade = c.f("retrofit.cost-per-grade");
        c.investment(c.step(
                "investment",
                () -> area + " m² × (" + base + " + " + grades + " grades × " + perGrade + ") NOK/m²",
                area * (base + grades * perGrade),
                "NOK"));
        c.saving(Electricity.saving(c, kwh));
        c.lifetime("retrofit.lifetime");
        c.goals(List.of("7.3", "9.4", "13.2"), List.of(Effects.PUBLIC_BUILDINGS_DOWN, Effects.ELECTRICITY_DOWN));
        c.quantity("retrofit-kwh", kwh);
        c.quantity("floor-area", area);
    }
}

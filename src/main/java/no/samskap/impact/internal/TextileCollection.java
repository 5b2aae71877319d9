package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/**
 * Clothes collected for reuse. Collected is not reused: only the share fit for reuse counts, and of
 * that only the new purchases it displaces (indirect: clothes are made abroad).
 */
final class TextileCollection implements ImpactModel {

    static final ParameterSpec KG = new ParameterSpec("kg", "kg/yr", 1, 10_000_000);
    static final ParameterSpec GARMENTS = new ParameterSpec("garments", "garments/yr", 1, 10_000_000);

    @Override
    public Category category() {
        return Category.TEXTILE_COLLECTION;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(KG, GARMENTS);
    }

    @Override
    public void estimate(Calculation c) {
        double collected;
        if (c.has(GARMENTS)) {
            collected = c.in(GARMENTS);
        } else if (c.has(KG)) {
            double kg = c.in(KG);
            double perKg = c.f("textile.garments-per-kg");
            collected = c.step(
                    "garments collected", () -> kg + " kg × " + perKg + " garments/kg", kg * perKg, "garments/yr");
        } else {
            c.needOneOf(KG, GARMENTS);
            return;
        }
        double reusable = c.f("textile.reuse-share");
        double displacement = c.f("reuse.displacement");
        double displaced = c.step(
                "new garments not bought",
                () -> Calculation.round(collected) + " × reusable " + reusable + " × displacement " + displacement,
                collected * reusable * displacement,
                "garments/yr");
        double perGarment = c.f("textile.per-garment");
        c.indirect(c.step(
                "avoided emissions (indirect, consumption)",
                () -> Calculation.round(displaced) + " garments × " + perGarment + " kg CO2e / 1000",
                displaced * perGarment / Units.KG_PER_TONNE,
                "t CO2e/yr"));
        c.lifetime("circular.programme-lifetime");
        c.goals(List.of("12.5", "13.2"), List.of(Effects.WASTE_TREATMENT_UP));
    }
}

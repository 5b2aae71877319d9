package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** Clothes collected for reuse, counted by the garment or by weight. */
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
    public Estimate estimate(Calculation c) {
        double garments;
        if (c.has(GARMENTS)) {
            garments = c.in(GARMENTS);
        } else if (c.has(KG)) {
            double kg = c.in(KG);
            double perKg = c.f("textile.garments-per-kg").central();
            garments = c.step("garments", kg + " kg × " + perKg + " garments/kg", kg * perKg, "garments/yr");
        } else {
            c.needOneOf(KG, GARMENTS);
            return c.incomplete();
        }
        Range perGarment = c.range("textile.per-garment");
        Range avoided = c.step(
                "avoided emissions",
                Calculation.round(garments) + " garments × " + perGarment.central() + " kg CO2e / 1000",
                perGarment.times(garments / Units.KG_PER_TONNE),
                "t CO2e/yr");
        return c.result(
                null,
                avoided,
                null,
                null,
                List.of("12.5", "13.2"),
                List.of(Effects.WASTE_TREATMENT_UP, Effects.GHG_DOWN));
    }
}

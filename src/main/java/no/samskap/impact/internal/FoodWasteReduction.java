package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** Food that is eaten instead of thrown away. */
final class FoodWasteReduction implements ImpactModel {

    static final ParameterSpec KG_AVOIDED = new ParameterSpec("kgAvoided", "kg/yr", 1, 10_000_000);

    @Override
    public Category category() {
        return Category.FOOD_WASTE_REDUCTION;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(KG_AVOIDED);
    }

    @Override
    public Estimate estimate(Calculation c) {
        double kg = c.in(KG_AVOIDED);
        if (c.isMissing()) {
            return c.incomplete();
        }
        Range perKg = c.range("food-waste.emission");
        Range avoided = c.step(
                "avoided emissions",
                kg + " kg × " + perKg.central() + " kg CO2e/kg / 1000",
                perKg.times(kg / Units.KG_PER_TONNE),
                "t CO2e/yr");
        return c.result(
                null,
                avoided,
                null,
                null,
                List.of("12.3", "13.2"),
                List.of(Effects.WASTE_TREATMENT_UP, Effects.GHG_DOWN));
    }
}

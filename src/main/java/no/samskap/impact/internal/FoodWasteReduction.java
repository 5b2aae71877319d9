package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/**
 * Food that is eaten instead of thrown away. Its footprint lies mostly in farming and processing,
 * largely abroad, so the saving is consumption-based: indirect, not in the municipal inventory.
 */
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
    public void estimate(Calculation c) {
        double kg = c.in(KG_AVOIDED);
        if (c.isMissing()) {
            return;
        }
        double perKg = c.f("food-waste.emission");
        c.indirect(c.step(
                "avoided emissions (indirect, consumption)",
                () -> kg + " kg × " + perKg + " kg CO2e/kg / 1000",
                kg * perKg / Units.KG_PER_TONNE,
                "t CO2e/yr"));
        c.lifetime("circular.programme-lifetime");
        // No U4SSC indicator counts food waste; SDG 12.3 does.
        c.goals(List.of("12.3", "13.2"), List.of());
    }
}

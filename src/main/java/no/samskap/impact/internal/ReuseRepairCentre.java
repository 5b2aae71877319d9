package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** A reuse and repair centre: electronics by weight and furniture by the item (indirect: made abroad). */
final class ReuseRepairCentre implements ImpactModel {

    static final ParameterSpec ELECTRONICS_KG = new ParameterSpec("electronicsKg", "kg/yr", 1, 5_000_000);
    static final ParameterSpec FURNITURE_ITEMS = new ParameterSpec("furnitureItems", "items/yr", 1, 1_000_000);

    @Override
    public Category category() {
        return Category.REUSE_REPAIR_CENTRE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ELECTRONICS_KG, FURNITURE_ITEMS);
    }

    @Override
    public void estimate(Calculation c) {
        if (!c.has(ELECTRONICS_KG) && !c.has(FURNITURE_ITEMS)) {
            c.needOneOf(ELECTRONICS_KG, FURNITURE_ITEMS);
            return;
        }
        double displacement = c.f("reuse.displacement");
        if (c.has(ELECTRONICS_KG)) {
            double kg = c.in(ELECTRONICS_KG);
            double perKg = c.f("reuse.electronics");
            c.indirect(c.step(
                    "electronics reused (indirect)",
                    () -> kg + " kg × displacement " + displacement + " × " + perKg + " kg CO2e/kg / 1000",
                    kg * displacement * perKg / Units.KG_PER_TONNE,
                    "t CO2e/yr"));
        }
        if (c.has(FURNITURE_ITEMS)) {
            double items = c.in(FURNITURE_ITEMS);
            double perItem = c.f("reuse.furniture");
            c.indirect(c.step(
                    "furniture reused (indirect)",
                    () -> items + " items × displacement " + displacement + " × " + perItem + " kg CO2e / 1000",
                    items * displacement * perItem / Units.KG_PER_TONNE,
                    "t CO2e/yr"));
        }
        c.lifetime("circular.centre-lifetime");
        c.goals(List.of("11.6", "12.5", "13.2"), List.of(Effects.WASTE_TREATMENT_UP));
    }
}

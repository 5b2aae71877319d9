package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** A reuse and repair centre: electronics by weight and furniture by the item. */
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
    public Estimate estimate(Calculation c) {
        if (!c.has(ELECTRONICS_KG) && !c.has(FURNITURE_ITEMS)) {
            c.needOneOf(ELECTRONICS_KG, FURNITURE_ITEMS);
            return c.incomplete();
        }
        Range total = Range.of(0);
        if (c.has(ELECTRONICS_KG)) {
            double kg = c.in(ELECTRONICS_KG);
            Range perKg = c.range("reuse.electronics");
            total = total.plus(c.step(
                    "electronics reused",
                    kg + " kg × " + perKg.central() + " kg CO2e/kg / 1000",
                    perKg.times(kg / Units.KG_PER_TONNE),
                    "t CO2e/yr"));
        }
        if (c.has(FURNITURE_ITEMS)) {
            double items = c.in(FURNITURE_ITEMS);
            Range perItem = c.range("reuse.furniture");
            total = total.plus(c.step(
                    "furniture reused",
                    items + " items × " + perItem.central() + " kg CO2e / 1000",
                    perItem.times(items / Units.KG_PER_TONNE),
                    "t CO2e/yr"));
        }
        return c.result(
                null,
                total,
                null,
                null,
                List.of("11.6", "12.5", "13.2"),
                List.of(Effects.WASTE_TREATMENT_UP, Effects.GHG_DOWN));
    }
}

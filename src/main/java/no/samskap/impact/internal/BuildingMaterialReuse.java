package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** Building materials reused instead of made new (indirect: the avoided production is mostly elsewhere). */
final class BuildingMaterialReuse implements ImpactModel {

    static final ParameterSpec TONNES = new ParameterSpec("tonnes", "t/yr", 0.1, 100_000);

    @Override
    public Category category() {
        return Category.BUILDING_MATERIAL_REUSE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(TONNES);
    }

    @Override
    public void estimate(Calculation c) {
        double tonnes = c.in(TONNES);
        if (c.isMissing()) {
            return;
        }
        // kg CO2e per kg equals t CO2e per t.
        double perTonne = c.f("reuse.building-materials");
        c.indirect(c.step(
                "avoided emissions (indirect, materials)",
                () -> tonnes + " t × " + perTonne + " t CO2e/t",
                tonnes * perTonne,
                "t CO2e/yr"));
        c.lifetime("circular.programme-lifetime");
        c.goals(List.of("9.4", "12.5", "13.2"), List.of(Effects.WASTE_TREATMENT_UP));
    }
}

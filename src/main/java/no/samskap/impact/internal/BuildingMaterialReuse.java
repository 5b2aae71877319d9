package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** Building materials reused instead of made new. */
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
    public Estimate estimate(Calculation c) {
        double tonnes = c.in(TONNES);
        if (c.isMissing()) {
            return c.incomplete();
        }
        // kg CO2e per kg equals t CO2e per t.
        Range perTonne = c.range("reuse.building-materials");
        Range avoided = c.step(
                "avoided emissions",
                tonnes + " t × " + perTonne.central() + " t CO2e/t",
                perTonne.times(tonnes),
                "t CO2e/yr");
        return c.result(
                null,
                avoided,
                null,
                null,
                List.of("9.4", "12.5", "13.2"),
                List.of(Effects.WASTE_TREATMENT_UP, Effects.GHG_DOWN));
    }
}

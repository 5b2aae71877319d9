package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;

/** A library of things: purchases avoided, at the emissions per loan the proposal states. */
final class SharingLibrary implements ImpactModel {

    static final ParameterSpec ITEMS_LENT = new ParameterSpec("itemsLent", "loans/yr", 1, 1_000_000);
    static final ParameterSpec KG_CO2_PER_LOAN = new ParameterSpec("kgCo2PerLoan", "kg CO2e per loan", 0.1, 500);

    @Override
    public Category category() {
        return Category.SHARING_LIBRARY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ITEMS_LENT, KG_CO2_PER_LOAN);
    }

    @Override
    public Estimate estimate(Calculation c) {
        double loans = c.in(ITEMS_LENT);
        double perLoan = c.in(KG_CO2_PER_LOAN);
        if (c.isMissing()) {
            return c.incomplete();
        }
        Range avoided = c.step(
                "avoided purchases",
                loans + " loans × " + perLoan + " kg CO2e / 1000",
                Range.of(loans * perLoan / Units.KG_PER_TONNE),
                "t CO2e/yr");
        return c.result(
                null,
                avoided,
                null,
                null,
                List.of("12.5", "17.17"),
                List.of(Effects.WASTE_TREATMENT_UP, Effects.GHG_DOWN));
    }
}

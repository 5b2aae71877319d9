package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** A library of things: purchases avoided, at the emissions per loan the proposal states (indirect). */
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
    public void estimate(Calculation c) {
        double loans = c.in(ITEMS_LENT);
        double perLoan = c.in(KG_CO2_PER_LOAN);
        if (c.isMissing()) {
            return;
        }
        // Not every loan replaces a purchase.
        double displaced = c.f("reuse.displacement");
        c.indirect(c.step(
                "avoided purchases (indirect, consumption)",
                () -> loans + " loans × " + displaced + " purchases avoided per loan × " + perLoan + " kg CO2e / 1000",
                loans * displaced * perLoan / Units.KG_PER_TONNE,
                "t CO2e/yr"));
        c.lifetime("circular.programme-lifetime");
        // Sharing does not move a U4SSC indicator; it serves SDG 12.5 and partnerships (17.17).
        c.goals(List.of("12.5", "17.17"), List.of());
    }
}

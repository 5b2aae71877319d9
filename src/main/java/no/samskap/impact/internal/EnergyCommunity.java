package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** Neighbours sharing the output of panels on one property: solar without household support. */
final class EnergyCommunity implements ImpactModel {

    static final ParameterSpec SHARED_KWP = new ParameterSpec("sharedKwp", "kWp", 1, 5_000);

    @Override
    public Category category() {
        return Category.ENERGY_COMMUNITY;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(SHARED_KWP);
    }

    @Override
    public void estimate(Calculation c) {
        double kwp = c.in(SHARED_KWP);
        if (!c.isMissing()) {
            // Enova's household support does not go to shared installations.
            RooftopSolar.produce(c, kwp, false);
        }
    }
}

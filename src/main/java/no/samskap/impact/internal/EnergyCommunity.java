package no.samskap.impact.internal;

import java.util.List;
import no.samskap.impact.Estimate;
import no.samskap.impact.ParameterSpec;
import no.samskap.proposals.Category;

/** Neighbours sharing solar panels: counted as rooftop solar of the shared capacity. */
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
    public Estimate estimate(Calculation c) {
        double kwp = c.in(SHARED_KWP);
        return c.isMissing() ? c.incomplete() : RooftopSolar.fromCapacity(c, kwp);
    }
}

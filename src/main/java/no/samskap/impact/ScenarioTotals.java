package no.samskap.impact;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samskap.proposals.Category;

/**
 * The combined effect of a set of measures, after overlaps between them are resolved.
 *
 * @param estimated how many of the proposals had enough inputs to be estimated
 * @param incomplete the proposals left out because inputs are missing
 * @param territorialTonnes avoided emissions the municipal inventory and the target count (t CO2e/yr)
 * @param indirectTonnes avoided emissions outside the inventory (t CO2e/yr), shown beside it
 * @param perCapitaKg territorial avoided emissions per inhabitant (kg CO2e/yr, central)
 * @param shareOfRemainingCut the territorial figure as a share of the cut still needed to reach the
 *        target (from the latest published year), or empty when the baseline is not set
 * @param baseline the municipality's published emissions and target, if any
 * @param adjustments what the overlap rules took away, and why
 * @param warnings the warnings of the scenario as a whole and of the proposals in it
 * @param catalogueVersion the factor catalogue version the figures come from
 */
public record ScenarioTotals(
        int estimated,
        List<String> incomplete,
        double energyMwh,
        Range territorialTonnes,
        Map<Sector, Double> territorialBySector,
        Range indirectTonnes,
        Range totalTonnes,
        double investmentNok,
        double yearlySavingNok,
        Double paybackYears,
        Range lifetimeTonnes,
        Range npvNok,
        Range costPerTonneNok,
        Double perCapitaKg,
        Optional<Range> shareOfRemainingCut,
        Optional<Baselines.Baseline> baseline,
        Map<Category, Double> emissionsByCategory,
        List<Adjustment> adjustments,
        List<Flag> warnings,
        Set<String> sdgTargets,
        Set<String> kpis,
        String catalogueVersion) {

    /**
     * One overlap the scenario resolved.
     *
     * @param rule the message key of the rule applied
     * @param proposals the titles of the proposals involved
     * @param tonnesRemoved avoided t CO2e/yr (central) no longer counted
     */
    public record Adjustment(String rule, List<String> proposals, double tonnesRemoved) {}

    /**
     * A warning in a scenario.
     *
     * @param proposal the title of the proposal it concerns, or null when it concerns the whole scenario
     */
    public record Flag(String proposal, Estimate.Warning warning) {}
}

package no.samskap.impact;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samskap.proposals.Category;

/**
 * The combined effect of a set of measures.
 *
 * @param estimated how many of the proposals had enough inputs to be estimated
 * @param incomplete the proposals left out because inputs are missing
 * @param perCapitaKg avoided emissions per inhabitant (kg CO2e/yr, central)
 * @param shareOfTargetCut the central avoided emissions as a share of the cut the municipality's target
 *        needs, or null when no baseline is configured
 */
public record ScenarioTotals(
        int estimated,
        List<String> incomplete,
        double energyMwh,
        Range emissionsTonnes,
        double investmentNok,
        double yearlySavingNok,
        Double paybackYears,
        Double perCapitaKg,
        Double shareOfTargetCut,
        Map<Category, Double> emissionsByCategory,
        Set<String> sdgTargets,
        Set<String> kpis) {}

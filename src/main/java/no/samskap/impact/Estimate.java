package no.samskap.impact;

import java.util.List;
import no.samskap.proposals.Category;

/**
 * What a measure would achieve per year, with every step of the arithmetic.
 *
 * @param energyMwh energy produced or saved (MWh/yr); negative when the measure uses more
 * @param emissionsTonnes avoided emissions (t CO2e/yr) with the range from contested factors
 * @param investmentNok investment, or null when the catalogue has no cost basis for it
 * @param yearlySavingNok yearly saving, or null when there is none to count
 * @param paybackYears simple payback, or null when it cannot be computed
 * @param missing parameters that must be filled in before anything is estimated (then all figures are null)
 */
public record Estimate(
        Category category,
        Double energyMwh,
        Range emissionsTonnes,
        Double investmentNok,
        Double yearlySavingNok,
        Double paybackYears,
        List<String> sdgTargets,
        List<KpiEffect> kpis,
        List<Step> steps,
        List<Factor> factors,
        List<String> missing) {

    /** One line of the arithmetic: what was computed, how, and the result. */
    public record Step(String what, String formula, double value, String unit) {}

    public boolean isComplete() {
        return missing.isEmpty();
    }

    public static Estimate missing(Category category, List<String> missing) {
        return new Estimate(
                category,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.copyOf(missing));
    }
}

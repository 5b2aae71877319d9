package no.samskap.impact;

import java.util.List;
import java.util.Map;
import no.samskap.proposals.Category;

/**
 * What a measure would achieve: per year, over its lifetime and in money, with every step of
 * the arithmetic and the factors used. Tonnes are avoided t CO2e (positive is good).
 *
 * @param energyMwh energy produced or saved (MWh/yr); negative when the measure uses more
 * @param territorialTonnes avoided emissions the municipal inventory counts, and so the target
 * @param territorialBySector the central territorial figure by Miljødirektoratet sector
 * @param indirectTonnes avoided emissions outside the inventory: electricity at the chosen factor,
 *        and consumption-based savings mostly emitted abroad
 * @param totalTonnes both scopes together, with its own range (not the sum of the two ranges)
 * @param investmentNok investment, or null when the catalogue has no cost basis for it
 * @param yearlySavingNok yearly saving, or null when there is none to count
 * @param paybackYears simple payback, or null when it cannot be computed
 * @param lifetimeYears how long the measure works (central)
 * @param embodiedTonnes one-off emissions of making and installing it (t CO2e), 0 where negligible
 * @param lifetimeTonnes net avoided over the lifetime: yearly total × lifetime − embodied
 * @param npvNok net present value at the public discount rate, or null without money figures
 * @param annualCostNok the investment spread over the lifetime at the discount rate, less the yearly saving
 * @param costPerTonneNok annualised net cost per tonne avoided per year (NOK/t, negative saves
 *        money), or null when nothing is avoided or no money figures exist
 * @param quantities what the measure acts on, for a scenario's overlap rules (e.g. car km)
 * @param samples the Monte Carlo draws behind the ranges, for adding estimates up
 * @param catalogueVersion the version of the factor catalogue the estimate was computed with
 * @param missing parameters that must be filled in before anything is estimated (then all figures are null)
 */
public record Estimate(
        Category category,
        Double energyMwh,
        Range territorialTonnes,
        Map<Sector, Double> territorialBySector,
        Range indirectTonnes,
        Range totalTonnes,
        Double investmentNok,
        Double yearlySavingNok,
        Double paybackYears,
        Double lifetimeYears,
        Double embodiedTonnes,
        Range lifetimeTonnes,
        Range npvNok,
        Double annualCostNok,
        Range costPerTonneNok,
        List<Warning> warnings,
        Map<String, Double> quantities,
        List<String> sdgTargets,
        List<KpiEffect> kpis,
        List<Step> steps,
        List<Factor> factors,
        Samples samples,
        String catalogueVersion,
        List<String> missing) {

    /** One line of the arithmetic: what was computed, how, and the result (central values). */
    public record Step(String what, String formula, double value, String unit) {}

    /** Something the reader must know about the figures: a message key and its numbers. */
    public record Warning(String key, List<Double> args) {}

    /**
     * The Monte Carlo draws, index by index with the same inputs drawn in the same order for every
     * estimate, so estimates can be added draw by draw.
     */
    public record Samples(
            double[] territorial,
            double[] indirect,
            double[] npv,
            double[] annualCost,
            double[] lifetime,
            double[] embodied,
            double[] carTonnes,
            double[] saving,
            double[] annuity) {

        public int size() {
            return territorial.length;
        }
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }

    public static Estimate missing(Category category, List<String> missing, String catalogueVersion) {
        return new Estimate(
                category,
                null,
                null,
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                catalogueVersion,
                List.copyOf(missing));
    }
}

package no.samskap.impact.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samskap.impact.Estimate;
import no.samskap.impact.Factor;
import no.samskap.impact.FactorCatalogue;
import no.samskap.impact.KpiEffect;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;
import no.samskap.shared.MunicipalityId;

/** Records each step of a model's arithmetic and the factors it used, so the estimate explains itself. */
final class Calculation {

    private final Category category;
    private final MunicipalityId municipality;
    private final FactorCatalogue catalogue;
    private final Map<String, Double> inputs;
    private final List<Estimate.Step> steps = new ArrayList<>();
    private final Set<Factor> used = new LinkedHashSet<>();
    private final List<String> missing = new ArrayList<>();

    Calculation(Category category, MunicipalityId municipality, FactorCatalogue catalogue, Map<String, Double> inputs) {
        this.category = category;
        this.municipality = municipality;
        this.catalogue = catalogue;
        this.inputs = inputs;
    }

    /** An input, recorded as missing when absent. */
    double in(String name) {
        Double v = inputs.get(name);
        if (v == null) {
            missing.add(name);
            return 0;
        }
        return v;
    }

    boolean has(String name) {
        return inputs.get(name) != null;
    }

    /** Records that one of several alternative inputs is needed. */
    void needOneOf(String... names) {
        missing.add(String.join("|", names));
    }

    boolean isMissing() {
        return !missing.isEmpty();
    }

    Factor f(String key) {
        Factor factor = catalogue.get(key, municipality);
        used.add(factor);
        return factor;
    }

    Range range(String key) {
        Factor factor = f(key);
        return new Range(factor.low(), factor.central(), factor.high());
    }

    double step(String what, String formula, double value, String unit) {
        steps.add(new Estimate.Step(what, formula, value, unit));
        return value;
    }

    Range step(String what, String formula, Range value, String unit) {
        steps.add(new Estimate.Step(what, formula, value.central(), unit));
        return value;
    }

    MunicipalityId municipality() {
        return municipality;
    }

    Estimate result(Double energyMwh, Range emissionsTonnes, Double investment, Double saving, List<String> sdgs,
            List<KpiEffect> kpis) {
        if (isMissing()) {
            return Estimate.missing(category, missing);
        }
        Double payback = investment != null && saving != null && saving > 0 ? investment / saving : null;
        if (payback != null) {
            step("payback", "investment / yearly saving", payback, "years");
        }
        return new Estimate(category, energyMwh, emissionsTonnes, investment, saving, payback, sdgs, kpis,
                List.copyOf(steps), List.copyOf(used), List.of());
    }
}

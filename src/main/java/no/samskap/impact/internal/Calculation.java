package no.samskap.impact.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samskap.impact.Estimate;
import no.samskap.impact.Factor;
import no.samskap.impact.FactorCatalogue;
import no.samskap.impact.KpiEffect;
import no.samskap.impact.ParameterSpec;
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
    double in(ParameterSpec parameter) {
        Double v = inputs.get(parameter.name());
        if (v == null) {
            missing.add(parameter.name());
            return 0;
        }
        return v;
    }

    /** An optional input, or the model's default for it. */
    double in(ParameterSpec parameter, double fallback) {
        return inputs.getOrDefault(parameter.name(), fallback);
    }

    boolean has(ParameterSpec parameter) {
        return inputs.get(parameter.name()) != null;
    }

    /** Records that one of several alternative inputs is needed. */
    void needOneOf(ParameterSpec... parameters) {
        missing.add(Arrays.stream(parameters).map(ParameterSpec::name).collect(Collectors.joining("|")));
    }

    boolean isMissing() {
        return !missing.isEmpty();
    }

    /** The estimate that names the missing inputs instead of guessing them. */
    Estimate incomplete() {
        return Estimate.missing(category, missing);
    }

    Factor f(String key) {
        return use(catalogue.get(key, municipality));
    }

    /** The municipality's own variant of a factor ({@code key.<municipality>}), else {@code key.default}. */
    Factor local(String key) {
        return (municipality == null ? Optional.<Factor>empty() : catalogue.find(key + "." + municipality.value()))
                .map(this::use)
                .orElseGet(() -> f(key + ".default"));
    }

    private Factor use(Factor factor) {
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

    Estimate result(
            Double energyMwh,
            Range emissionsTonnes,
            Double investment,
            Double saving,
            List<String> sdgs,
            List<KpiEffect> kpis) {
        if (isMissing()) {
            return incomplete();
        }
        Double payback = investment != null && saving != null && saving > 0 ? investment / saving : null;
        if (payback != null) {
            step("payback", "investment / yearly saving", payback, "years");
        }
        return new Estimate(
                category,
                energyMwh,
                emissionsTonnes,
                investment,
                saving,
                payback,
                sdgs,
                kpis,
                List.copyOf(steps),
                List.copyOf(used),
                List.of());
    }

    /** A figure for a formula line: two decimals at most. */
    static String round(double v) {
        return String.valueOf(Math.round(v * 100) / 100.0);
    }
}

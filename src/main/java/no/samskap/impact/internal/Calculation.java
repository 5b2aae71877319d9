package no.samskap.impact.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.samskap.impact.Estimate;
import no.samskap.impact.Factor;
import no.samskap.impact.FactorCatalogue;
import no.samskap.impact.KpiEffect;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Sector;
import no.samskap.proposals.Category;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;

/**
 * One run of a model: the inputs, the factors at this run's draw, and what the model found. The
 * central run also records each step of the arithmetic and the factors used, so the estimate
 * explains itself; the Monte Carlo runs only collect figures.
 */
final class Calculation {

    private final Category category;
    private final MunicipalityId municipality;
    private final FactorCatalogue catalogue;
    private final Map<String, Double> inputs;
    private final Draw draw;
    // Only the central run explains itself; the Monte Carlo runs keep no records, so they allocate little.
    private final List<Estimate.Step> steps;
    private final Set<Factor> used;
    private final List<String> missing = new ArrayList<>(2);
    private final List<Estimate.Warning> warnings;
    private final Map<String, Double> quantities;
    private final Map<Sector, Double> bySector;

    private double territorial;
    private double indirect;
    private double carTonnes;
    private Double energyMwh;
    private Double investment;
    private Double saving;
    private double lifetime = Double.NaN;
    private double embodied;
    private List<String> sdgs = List.of();
    private List<KpiEffect> kpis = List.of();

    Calculation(
            Category category,
            MunicipalityId municipality,
            FactorCatalogue catalogue,
            Map<String, Double> inputs,
            Draw draw) {
        this.category = category;
        this.municipality = municipality;
        this.catalogue = catalogue;
        this.inputs = inputs;
        this.draw = draw;
        boolean central = draw.central();
        this.steps = central ? new ArrayList<>() : List.of();
        this.used = central ? new LinkedHashSet<>() : Set.of();
        this.warnings = central ? new ArrayList<>() : List.of();
        this.quantities = central ? new LinkedHashMap<>() : Map.of();
        this.bySector = central ? new EnumMap<>(Sector.class) : Map.of();
    }

    boolean central() {
        return draw.central();
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

    List<String> missing() {
        return List.copyOf(missing);
    }

    /** Inputs that contradict each other: refused at the field, nothing is estimated or saved. */
    static UserFacingException contradiction(ParameterSpec field, String messageKey, Object... args) {
        return UserFacingException.forField(field.name(), messageKey, args);
    }

    /** A factor's value in this run. */
    double f(String key) {
        return central() ? factor(key).central() : catalogue.draw(key, municipality, draw.index());
    }

    /** The factor itself, recorded as used. */
    Factor factor(String key) {
        return use(catalogue.get(key, municipality));
    }

    /** The municipality's own variant of a factor ({@code key.<municipality>}), else {@code key.default}. */
    double local(String key) {
        String own = municipality == null ? null : key + "." + municipality.value();
        return f(own != null && catalogue.find(own).isPresent() ? own : key + ".default");
    }

    private Factor use(Factor factor) {
        if (central()) {
            used.add(factor);
        }
        return factor;
    }

    /** A step of the arithmetic; the formula is only written out in the central run. */
    double step(String what, Supplier<String> formula, double value, String unit) {
        if (central()) {
            steps.add(new Estimate.Step(what, formula.get(), value, unit));
        }
        return value;
    }

    /** Avoided emissions in the municipal inventory (t CO2e/yr), in the sector that counts them. */
    void territorial(Sector sector, double tonnes) {
        territorial += tonnes;
        if (central()) {
            bySector.merge(sector, tonnes, Double::sum);
        }
    }

    /**
     * The part of the territorial tonnes that comes from car kilometres taken off the road, which
     * measures in one district share in a scenario.
     */
    void carTonnes(double tonnes) {
        carTonnes += tonnes;
        quantity("car-tonnes", carTonnes);
    }

    double carTonnes() {
        return carTonnes;
    }

    /** Avoided emissions outside the inventory (t CO2e/yr). */
    void indirect(double tonnes) {
        indirect += tonnes;
    }

    void energy(double mwh) {
        energyMwh = mwh;
    }

    void investment(double nok) {
        investment = nok;
    }

    void saving(double nokPerYear) {
        saving = nokPerYear;
    }

    /** The measure's lifetime from its factor (years). */
    void lifetime(String key) {
        lifetime = f(key);
    }

    /** One-off emissions of making and installing the measure (t CO2e). */
    void embodied(double tonnes) {
        embodied += tonnes;
    }

    void warn(String key, double... args) {
        if (central()) {
            warnings.add(new Estimate.Warning(key, Arrays.stream(args).boxed().toList()));
        }
    }

    /** What the measure acts on, for overlap rules in scenarios. */
    void quantity(String name, double value) {
        if (central()) {
            quantities.put(name, value);
        }
    }

    void goals(List<String> sdgTargets, List<KpiEffect> kpiEffects) {
        this.sdgs = sdgTargets;
        this.kpis = kpiEffects;
    }

    double territorial() {
        return territorial;
    }

    double indirect() {
        return indirect;
    }

    Map<Sector, Double> bySector() {
        return Map.copyOf(bySector);
    }

    Double energyMwh() {
        return energyMwh;
    }

    Double investment() {
        return investment;
    }

    Double saving() {
        return saving;
    }

    double lifetime() {
        return lifetime;
    }

    double embodied() {
        return embodied;
    }

    List<Estimate.Step> steps() {
        return List.copyOf(steps);
    }

    List<Factor> used() {
        return List.copyOf(used);
    }

    List<Estimate.Warning> warnings() {
        return List.copyOf(warnings);
    }

    Map<String, Double> quantities() {
        return Map.copyOf(quantities);
    }

    List<String> sdgs() {
        return sdgs;
    }

    List<KpiEffect> kpis() {
        return kpis;
    }

    Category category() {
        return category;
    }

    /** A figure for a formula line: two decimals at most. */
    static String round(double v) {
        // Plain digits: a formula line never shows 1.0E7.
        return java.math.BigDecimal.valueOf(Math.round(v * 100) / 100.0)
                .stripTrailingZeros()
                .toPlainString();
    }
}

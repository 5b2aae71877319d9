package no.samskap.impact.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.samskap.impact.Estimate;
import no.samskap.impact.Factor;
import no.samskap.impact.FactorCatalogue;
import no.samskap.impact.ImpactSettings;
import no.samskap.impact.ParameterSpec;
import no.samskap.impact.Range;
import no.samskap.proposals.Category;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Runs the category's model once with every factor at its central value (for the figures and the
 * arithmetic shown) and then once per Monte Carlo draw (for the ranges).
 */
@Component
public class ModelRunner {

    private static final List<ImpactModel> MODELS = List.of(
            new RooftopSolar(),
            new EnergyCommunity(),
            new HeatPump(),
            new BuildingRetrofit(),
            new LedStreetLighting(),
            new DistrictHeating(),
            new EvCharging(),
            new ReuseRepairCentre(),
            new SharingLibrary(),
            new FoodWasteReduction(),
            new TextileCollection(),
            new BuildingMaterialReuse(),
            new BikeLane(),
            new PublicTransport());

    private final FactorCatalogue catalogue;
    private final ImpactSettings settings;
    private final Map<Category, ImpactModel> models = new EnumMap<>(Category.class);
    private final Map<FactorsKey, List<Factor>> factorsUsed = new ConcurrentHashMap<>();

    public ModelRunner(FactorCatalogue catalogue, ImpactSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
        MODELS.forEach(m -> models.put(m.category(), m));
        for (Category category : Category.values()) {
            if (!models.containsKey(category)) {
                throw new IllegalStateException("No impact model for category " + category);
            }
            // A replacement catalogue that lacks a factor some model reads stops start-up here, not a page later.
            factors(category, null);
        }
    }

    public List<ParameterSpec> parameters(Category category) {
        return models.get(category).parameters();
    }

    /**
     * The factors a category's model can use in a municipality: the union over runs with every input
     * at its smallest and largest value (and every value of a choice such as the heat pump's type), so
     * every branch of the model is visited.
     */
    public List<Factor> factors(Category category, MunicipalityId municipality) {
        // Fixed while the node runs; the methodology page asks for every category on every visit.
        return factorsUsed.computeIfAbsent(
                new FactorsKey(category, municipality), k -> visitFactors(category, municipality));
    }

    private record FactorsKey(Category category, MunicipalityId municipality) {}

    private List<Factor> visitFactors(Category category, MunicipalityId municipality) {
        ImpactModel model = models.get(category);
        List<ParameterSpec> specs = model.parameters();
        Set<Factor> used = new LinkedHashSet<>();
        for (Map<String, Double> inputs : corners(specs)) {
            for (int leaveOut = -1; leaveOut < specs.size(); leaveOut++) {
                Map<String, Double> some = new HashMap<>(inputs);
                if (leaveOut >= 0) {
                    some.remove(specs.get(leaveOut).name());
                }
                Calculation c = new Calculation(category, municipality, catalogue, some, Draw.CENTRAL);
                try {
                    model.estimate(c);
                } catch (UserFacingException contradictory) {
                    // Contradictory example inputs visit no further factors.
                }
                used.addAll(c.used());
            }
        }
        return List.copyOf(used);
    }

    /** Every combination of each input's extremes, and of every value of a choice (a small whole range). */
    private static List<Map<String, Double>> corners(List<ParameterSpec> specs) {
        List<Map<String, Double>> result = new java.util.ArrayList<>(List.of(Map.of()));
        for (ParameterSpec spec : specs) {
            List<Double> values = new java.util.ArrayList<>();
            if (spec.choice()) {
                for (double v = spec.min(); v <= spec.max(); v++) {
                    values.add(v);
                }
            } else {
                values.add(spec.min());
                values.add(spec.max());
            }
            List<Map<String, Double>> next = new java.util.ArrayList<>();
            for (Map<String, Double> partial : result) {
                for (double v : values) {
                    Map<String, Double> m = new HashMap<>(partial);
                    m.put(spec.name(), v);
                    next.add(m);
                }
            }
            result = next;
        }
        return result;
    }

    /**
     * Refuses inputs that contradict each other, at the field: one central run of the model, without
     * the Monte Carlo an estimate needs.
     */
    public void check(Category category, Map<String, Double> inputs) {
        models.get(category).estimate(new Calculation(category, null, catalogue, inputs, Draw.CENTRAL));
    }

    public Estimate run(Category category, Map<String, Double> inputs, MunicipalityId municipality) {
        ImpactModel model = models.get(category);
        Calculation central = new Calculation(category, municipality, catalogue, inputs, Draw.CENTRAL);
        model.estimate(central);
        if (central.isMissing()) {
            return Estimate.missing(category, central.missing(), catalogue.version());
        }
        int n = settings.samples();
        double rate = settings.discountRate();
        double[] territorial = new double[n];
        double[] indirect = new double[n];
        double[] total = new double[n];
        double[] npv = new double[n];
        double[] annualCost = new double[n];
        double[] annualNet = new double[n];
        double[] lifetimeNet = new double[n];
        double[] lifetime = new double[n];
        double[] embodied = new double[n];
        double[] car = new double[n];
        double[] saving = new double[n];
        double[] annuity = new double[n];
        boolean money = central.investment() != null || central.saving() != null;
        for (int i = 0; i < n; i++) {
            Calculation c = new Calculation(category, municipality, catalogue, inputs, new Draw(i));
            model.estimate(c);
            Money m = Money.of(c, rate);
            territorial[i] = c.territorial();
            indirect[i] = c.indirect();
            total[i] = c.territorial() + c.indirect();
            npv[i] = m.npv();
            annualCost[i] = m.annualCost();
            annualNet[i] = total[i] - c.embodied() / c.lifetime();
            lifetimeNet[i] = total[i] * c.lifetime() - c.embodied();
            lifetime[i] = c.lifetime();
            embodied[i] = c.embodied();
            car[i] = c.carTonnes();
            saving[i] = c.saving() == null ? 0 : c.saving();
            annuity[i] = Money.annuityFactor(rate, c.lifetime());
        }
        Money m = Money.of(central, rate);
        double totalCentral = central.territorial() + central.indirect();
        double annualNetCentral = totalCentral - central.embodied() / central.lifetime();
        double lifetimeNetCentral = totalCentral * central.lifetime() - central.embodied();
        Double payback = central.investment() != null && central.saving() != null && central.saving() > 0
                ? central.investment() / central.saving()
                : null;
        if (payback != null) {
            central.step("payback", () -> "investment / yearly saving", payback, "years");
            if (payback > central.lifetime()) {
                central.warn("impact.warning.payback", payback, central.lifetime());
            }
        }
        if (lifetimeNetCentral < 0) {
            central.warn("impact.warning.net-emissions", -lifetimeNetCentral);
        }
        Range costPerTonne = money ? Range.costPerTonne(m.annualCost(), annualNetCentral, annualCost, annualNet) : null;
        return new Estimate(
                category,
                central.energyMwh(),
                Range.of(central.territorial(), territorial),
                central.bySector(),
                Range.of(central.indirect(), indirect),
                Range.of(totalCentral, total),
                central.investment(),
                central.saving(),
                payback,
                central.lifetime(),
                central.embodied(),
                Range.of(lifetimeNetCentral, lifetimeNet),
                money ? Range.of(m.npv(), npv) : null,
                money ? m.annualCost() : null,
                costPerTonne,
                central.warnings(),
                central.quantities(),
                central.sdgs(),
                central.kpis(),
                central.steps(),
                central.used(),
                new Estimate.Samples(territorial, indirect, npv, annualCost, lifetime, embodied, car, saving, annuity),
                catalogue.version(),
                List.of());
    }

    /**
     * Net present value and annualised net cost of one run, at the public discount rate: the
     * investment now, the yearly saving over the lifetime (annuity method, as in Miljødirektoratet's
     * cost-per-tonne figures).
     */
    public record Money(double npv, double annualCost) {

        static Money of(Calculation c, double rate) {
            double investment = c.investment() == null ? 0 : c.investment();
            double saving = c.saving() == null ? 0 : c.saving();
            double annuity = annuityFactor(rate, c.lifetime());
            return new Money(saving * annuity - investment, investment / annuity - saving);
        }

        /** Present value of 1 NOK a year for {@code years} years. */
        public static double annuityFactor(double rate, double years) {
            return rate == 0 ? years : (1 - Math.pow(1 + rate, -years)) / rate;
        }
    }
}

package no.samskap.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.samskap.impact.internal.ModelRunner;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.MunicipalityId;
import org.springframework.stereotype.Component;

/**
 * Adds up the estimates of a set of proposals draw by draw, resolves overlaps between them by
 * explicit rules, and sets the territorial part against the municipality's target.
 *
 * <p>The rules: two solar proposals on one roof count once (the larger); a retrofit and a heat pump
 * on the same building count the retrofit first and the pump on the reduced demand; measures that
 * take cars off the road in one district share that district's car kilometres, each acting on what
 * the others leave.
 */
@Component
public class ScenarioCalculator {

    /** Proposals this close (metres) are taken to be on the same building. */
    static final double SAME_BUILDING_METRES = 15;

    private final ImpactService impact;
    private final FactorCatalogue catalogue;
    private final Baselines baselines;
    private final ImpactSettings settings;

    ScenarioCalculator(ImpactService impact, FactorCatalogue catalogue, Baselines baselines, ImpactSettings settings) {
        this.settings = settings;
        this.impact = impact;
        this.catalogue = catalogue;
        this.baselines = baselines;
    }

    /** A proposal with its estimate and the share of its avoided emissions the scenario counts. */
    private static final class Entry {
        final ProposalDetails proposal;
        final Estimate estimate;
        double scale = 1;
        // Share of its car-km part still counted after measures in the same district took theirs.
        double carScale = 1;

        Entry(ProposalDetails proposal, Estimate estimate) {
            this.proposal = proposal;
            this.estimate = estimate;
        }

        double quantity(String name) {
            return estimate.quantities().getOrDefault(name, 0.0);
        }

        double tonnes() {
            return estimate.totalTonnes().central();
        }

        double carTonnes() {
            return quantity("car-tonnes");
        }
    }

    /**
     * @param population the municipality's population
     * @param districtPopulation population by district name, where known (0 or absent when not)
     */
    public ScenarioTotals combine(
            MunicipalityId municipality,
            int population,
            Map<String, Integer> districtPopulation,
            List<ProposalDetails> proposals) {
        // A proposal chosen twice is still one measure.
        Map<ProposalId, ProposalDetails> unique = new LinkedHashMap<>();
        proposals.forEach(p -> unique.putIfAbsent(p.id(), p));
        List<Entry> entries = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        // Estimates not yet cached cost a Monte Carlo each; they are independent, so use every core.
        List<Optional<Estimate>> estimates = List.copyOf(unique.values()).parallelStream()
                .map(p -> estimate(p, municipality))
                .toList();
        int i = 0;
        for (ProposalDetails p : unique.values()) {
            Optional<Estimate> e = estimates.get(i++);
            if (e.isPresent()) {
                entries.add(new Entry(p, e.get()));
            } else {
                incomplete.add(p.title());
            }
        }
        List<ScenarioTotals.Adjustment> adjustments = new ArrayList<>();
        sameRoof(entries, adjustments);
        retrofitBeforeHeatPump(entries, municipality, adjustments);
        sharedCarKm(entries, municipality, population, districtPopulation, adjustments);
        return total(municipality, population, entries, incomplete, adjustments);
    }

    /** The proposal's estimate, or empty when its inputs are incomplete or no longer valid. */
    private Optional<Estimate> estimate(ProposalDetails p, MunicipalityId municipality) {
        try {
            return Optional.of(impact.estimate(p.category(), p.parameters(), municipality))
                    .filter(Estimate::isComplete);
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }

    private static void sameRoof(List<Entry> entries, List<ScenarioTotals.Adjustment> adjustments) {
        List<Entry> solar = entries.stream()
                .filter(e -> e.estimate.quantities().containsKey("solar-kwp"))
                .sorted(Comparator.comparingDouble((Entry e) -> -e.quantity("solar-kwp")))
                .toList();
        for (int i = 0; i < solar.size(); i++) {
            Entry kept = solar.get(i);
            if (kept.scale == 0) {
                continue;
            }
            for (Entry other : solar.subList(i + 1, solar.size())) {
                if (other.scale != 0 && metres(kept.proposal, other.proposal) <= SAME_BUILDING_METRES) {
                    other.scale = 0;
                    adjustments.add(new ScenarioTotals.Adjustment(
                            "scenario.rule.same-roof",
                            List.of(kept.proposal.title(), other.proposal.title()),
                            other.tonnes()));
                }
            }
        }
    }

    private void retrofitBeforeHeatPump(
            List<Entry> entries, MunicipalityId municipality, List<ScenarioTotals.Adjustment> adjustments) {
        double demandPerHome =
                catalogue.get("heat-pump.heat-demand", municipality).central();
        List<Entry> allRetrofits = entries.stream()
                .filter(r -> r.estimate.quantities().containsKey("retrofit-kwh") && r.scale > 0)
                .toList();
        if (allRetrofits.isEmpty()) {
            return;
        }
        for (Entry pump : entries) {
            if (!pump.estimate.quantities().containsKey("heat-pump-kwh") || pump.scale == 0) {
                continue;
            }
            List<Entry> retrofits = allRetrofits.stream()
                    .filter(r -> metres(r.proposal, pump.proposal) <= SAME_BUILDING_METRES)
                    .toList();
            if (retrofits.isEmpty()) {
                continue;
            }
            double saved = retrofits.stream()
                    .mapToDouble(r -> r.quantity("retrofit-kwh"))
                    .sum();
            double demand = pump.quantity("homes") * demandPerHome;
            // The pump works on the heat the retrofit leaves; at least a tenth always remains.
            double reduced = Math.min(0.9, saved / demand);
            double before = pump.tonnes() * pump.scale;
            pump.scale *= 1 - reduced;
            List<String> names = new ArrayList<>();
            retrofits.forEach(r -> names.add(r.proposal.title()));
            names.add(pump.proposal.title());
            adjustments.add(new ScenarioTotals.Adjustment(
                    "scenario.rule.retrofit-first", names, before - pump.tonnes() * pump.scale));
        }
    }

    private void sharedCarKm(
            List<Entry> entries,
            MunicipalityId municipality,
            int population,
            Map<String, Integer> districtPopulation,
            List<ScenarioTotals.Adjustment> adjustments) {
        double perResident = catalogue.get("car.vkm-per-resident", municipality).central();
        Map<String, List<Entry>> pools = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.estimate.quantities().containsKey("car-vkm") && e.scale > 0) {
                String district = e.proposal.districtName();
                int people = district == null ? 0 : districtPopulation.getOrDefault(district, 0);
                pools.computeIfAbsent(people > 0 ? district : "", k -> new ArrayList<>())
                        .add(e);
            }
        }
        for (Map.Entry<String, List<Entry>> pool : pools.entrySet()) {
            int people = pool.getKey().isEmpty() ? population : districtPopulation.get(pool.getKey());
            double carKm = people * perResident;
            List<Entry> claims = pool.getValue();
            double claimed =
                    claims.stream().mapToDouble(e -> e.quantity("car-vkm")).sum();
            if (carKm <= 0 || claimed <= 0) {
                continue;
            }
            // Each measure acts on the car km the others leave: 1 − Π(1 − share).
            double remaining = 1;
            for (Entry e : claims) {
                remaining *= Math.max(0, 1 - e.quantity("car-vkm") / carKm);
            }
            double combined = carKm * (1 - remaining);
            double factor = combined / claimed;
            if (factor >= 0.999) {
                continue;
            }
            // Only the car-km part shrinks: the extra buses still run, the lane is still built.
            double before = claims.stream()
                    .mapToDouble(e -> e.carTonnes() * e.scale * e.carScale)
                    .sum();
            claims.forEach(e -> e.carScale *= factor);
            double after = claims.stream()
                    .mapToDouble(e -> e.carTonnes() * e.scale * e.carScale)
                    .sum();
            adjustments.add(new ScenarioTotals.Adjustment(
                    "scenario.rule.shared-car-km",
                    claims.stream().map(e -> e.proposal.title()).toList(),
                    before - after));
        }
    }

    private ScenarioTotals total(
            MunicipalityId municipality,
            int population,
            List<Entry> entries,
            List<String> incomplete,
            List<ScenarioTotals.Adjustment> adjustments) {
        int n = entries.isEmpty() ? 0 : entries.getFirst().estimate.samples().size();
        double[] territorial = new double[n];
        double[] indirect = new double[n];
        double[] total = new double[n];
        double[] npv = new double[n];
        double[] annualCost = new double[n];
        double[] annualNet = new double[n];
        double[] lifetimeNet = new double[n];
        double cTerritorial = 0, cIndirect = 0, cNpv = 0, cAnnualCost = 0, cAnnualNet = 0, cLifetimeNet = 0;
        double energy = 0, investment = 0, saving = 0;
        boolean money = false;
        Map<Sector, Double> bySector = new EnumMap<>(Sector.class);
        Map<Category, Double> byCategory = new EnumMap<>(Category.class);
        Set<String> sdgSet = new HashSet<>();
        List<ScenarioTotals.Flag> flags = new ArrayList<>();
        TreeSet<String> kpis = new TreeSet<>();
        for (Entry entry : entries) {
            Estimate e = entry.estimate;
            double s = entry.scale;
            if (s == 0) {
                // Counted once under another proposal (same roof): nothing of it, embodied emissions included.
                continue;
            }
            Estimate.Samples d = e.samples();
            // A heat pump on a retrofitted building saves less, but costs the same.
            double savingCut = 1 - s;
            double carCut = 1 - entry.carScale;
            for (int i = 0; i < n; i++) {
                double t = (d.territorial()[i] - carCut * d.carTonnes()[i]) * s;
                double in = d.indirect()[i] * s;
                territorial[i] += t;
                indirect[i] += in;
                total[i] += t + in;
                annualNet[i] += t + in - d.embodied()[i] / d.lifetime()[i];
                lifetimeNet[i] += (t + in) * d.lifetime()[i] - d.embodied()[i];
                npv[i] += d.npv()[i] - savingCut * d.saving()[i] * d.annuity()[i];
                annualCost[i] += d.annualCost()[i] + savingCut * d.saving()[i];
            }
            double t = (e.territorialTonnes().central() - carCut * entry.carTonnes()) * s;
            double in = e.indirectTonnes().central() * s;
            cTerritorial += t;
            cIndirect += in;
            cAnnualNet += t + in - e.embodiedTonnes() / e.lifetimeYears();
            cLifetimeNet += (t + in) * e.lifetimeYears() - e.embodiedTonnes();
            e.territorialBySector().forEach((sector, v) -> bySector.merge(sector, v * s, Double::sum));
            if (carCut > 0) {
                bySector.merge(Sector.ROAD_TRANSPORT, -carCut * entry.carTonnes() * s, Double::sum);
            }
            byCategory.merge(entry.proposal.category(), (t + in), Double::sum);
            if (s > 0) {
                energy += e.energyMwh() == null ? 0 : e.energyMwh() * s;
                investment += e.investmentNok() == null ? 0 : e.investmentNok();
                double yearly = e.yearlySavingNok() == null ? 0 : e.yearlySavingNok();
                saving += yearly * s;
                if (e.npvNok() != null) {
                    money = true;
                    double annuity = ModelRunner.Money.annuityFactor(settings.discountRate(), e.lifetimeYears());
                    cNpv += e.npvNok().central() - savingCut * yearly * annuity;
                    cAnnualCost += e.annualCostNok() + savingCut * yearly;
                }
                sdgSet.addAll(e.sdgTargets());
                e.warnings().forEach(w -> flags.add(new ScenarioTotals.Flag(entry.proposal.title(), w)));
                e.kpis().forEach(k -> kpis.add(k.code()));
            }
        }
        // SDG targets sort as numbers: 7.2 before 13.2.
        TreeSet<String> sdgs = new TreeSet<>(Comparator.comparingDouble(Double::parseDouble));
        sdgs.addAll(sdgSet);
        Double payback = saving > 0 && investment > 0 ? investment / saving : null;
        if (!entries.isEmpty() && cLifetimeNet < 0) {
            flags.addFirst(new ScenarioTotals.Flag(
                    null, new Estimate.Warning("impact.warning.net-emissions", List.of(-cLifetimeNet))));
        }
        Double perCapita = population > 0 ? cTerritorial * 1000 / population : null;
        Range territorialRange = Range.of(cTerritorial, territorial);
        Optional<Baselines.Baseline> baseline = baselines.find(municipality);
        Optional<Range> share = baseline.flatMap(Baselines.Baseline::remainingCut)
                .filter(cut -> cut > 0)
                .map(cut -> territorialRange.times(1 / cut));
        Range costPerTonne = money ? Range.costPerTonne(cAnnualCost, cAnnualNet, annualCost, annualNet) : null;
        return new ScenarioTotals(
                entries.size(),
                incomplete,
                energy,
                territorialRange,
                Map.copyOf(bySector),
                Range.of(cIndirect, indirect),
                Range.of(cTerritorial + cIndirect, total),
                investment,
                saving,
                payback,
                Range.of(cLifetimeNet, lifetimeNet),
                money ? Range.of(cNpv, npv) : null,
                costPerTonne,
                perCapita,
                share,
                baseline,
                byCategory,
                List.copyOf(adjustments),
                List.copyOf(flags),
                sdgs,
                kpis,
                catalogue.version());
    }

    /** Distance between two proposals' points in metres; the flat-earth approximation is exact enough at 30 m. */
    static double metres(ProposalDetails a, ProposalDetails b) {
        double metresPerDegree = 111_320;
        double dLat = (b.lat() - a.lat()) * metresPerDegree;
        double dLon = (b.lon() - a.lon()) * metresPerDegree * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return Math.sqrt(dLat * dLat + dLon * dLon);
    }
}

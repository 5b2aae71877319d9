package no.samskap.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalDetails;
import no.samskap.shared.MunicipalityId;
import org.springframework.stereotype.Component;

/** Adds up the estimates of a set of proposals and sets them against the municipality's target. */
@Component
public class ScenarioCalculator {

    private final ImpactService impact;
    private final ImpactSettings settings;

    ScenarioCalculator(ImpactService impact, ImpactSettings settings) {
        this.impact = impact;
        this.settings = settings;
    }

    public ScenarioTotals combine(MunicipalityId municipality, int population, List<ProposalDetails> proposals) {
        double energy = 0;
        Range emissions = Range.of(0);
        double investment = 0;
        double saving = 0;
        int estimated = 0;
        List<String> incomplete = new ArrayList<>();
        Map<Category, Double> byCategory = new EnumMap<>(Category.class);
        // SDG targets sort as numbers: 7.2 before 13.2.
        TreeSet<String> sdgs = new TreeSet<>(Comparator.comparingDouble(Double::parseDouble));
        TreeSet<String> kpis = new TreeSet<>();
        for (ProposalDetails p : proposals) {
            Estimate e = impact.estimate(p.category(), p.parameters(), municipality);
            if (!e.isComplete()) {
                incomplete.add(p.title());
                continue;
            }
            estimated++;
            energy += e.energyMwh() == null ? 0 : e.energyMwh();
            emissions = emissions.plus(e.emissionsTonnes());
            investment += e.investmentNok() == null ? 0 : e.investmentNok();
            saving += e.yearlySavingNok() == null ? 0 : e.yearlySavingNok();
            byCategory.merge(p.category(), e.emissionsTonnes().central(), Double::sum);
            sdgs.addAll(e.sdgTargets());
            e.kpis().forEach(k -> kpis.add(k.code()));
        }
        Double payback = saving > 0 && investment > 0 ? investment / saving : null;
        Double perCapita = population > 0 ? emissions.central() * 1000 / population : null;
        ImpactSettings.Target target = settings.targets().get(municipality.value());
        Double share = target == null || target.baselineTonnes() <= 0 || target.cutPercent() <= 0
                ? null
                : emissions.central() / (target.baselineTonnes() * target.cutPercent() / 100);
        return new ScenarioTotals(
                estimated,
                incomplete,
                energy,
                emissions,
                investment,
                saving,
                payback,
                perCapita,
                share,
                byCategory,
                sdgs,
                kpis);
    }
}

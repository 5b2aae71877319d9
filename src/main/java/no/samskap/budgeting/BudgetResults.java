package no.samskap.budgeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.budgeting.internal.BallotStore;
import no.samskap.identity.CurrentUser;
import no.samskap.impact.ScenarioService;
import no.samskap.impact.ScenarioTotals;
import no.samskap.processes.Phase;
import no.samskap.processes.PhaseState;
import no.samskap.processes.ProcessDetails;
import no.samskap.processes.ProcessService;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.CsvWriter;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import no.samskap.voting.StakeholderType;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The count of a participatory budget: projects ranked by votes, the selection the money funds, its
 * combined impact, and the same by district and as CSV.
 */
@Service
public class BudgetResults {

    private static final String COMMON = "";

    private final BallotStore store;
    private final BudgetService budgets;
    private final ProcessService processes;
    private final ScenarioService scenarios;
    private final CurrentUser currentUser;
    private final WorkshopService workshops;

    BudgetResults(
            BallotStore store,
            BudgetService budgets,
            ProcessService processes,
            ScenarioService scenarios,
            CurrentUser currentUser,
            WorkshopService workshops) {
        this.workshops = workshops;
        this.store = store;
        this.budgets = budgets;
        this.processes = processes;
        this.scenarios = scenarios;
        this.currentUser = currentUser;
    }

    /**
     * The count so far: officials see it while the phase runs; everyone once the budget phase is over.
     */
    @Transactional(readOnly = true)
    public Optional<Results> results(ProcessId process) {
        ProcessDetails p =
                processes.find(process).orElseThrow(() -> new UserFacingException("error.process.not-found"));
        boolean finished = budgetPhaseFinished(p);
        if (!finished && !currentUser.isOfficialOf(p.municipality())) {
            return Optional.empty();
        }
        return count(p, finished);
    }

    /**
     * The count for the big screen of a workshop of the process: while the vote runs, only for those
     * who run that workshop (they put it on the projector for the room); the workshop must belong to
     * the process, whatever the caller says.
     */
    @Transactional(readOnly = true)
    public Optional<Results> forProjector(ProcessId process, WorkshopId workshop) {
        if (!workshops.processOf(workshop).map(process::equals).orElse(false) || !workshops.canManage(workshop)) {
            return Optional.empty();
        }
        ProcessDetails p =
                processes.find(process).orElseThrow(() -> new UserFacingException("error.process.not-found"));
        return count(p, budgetPhaseFinished(p));
    }

    private Optional<Results> count(ProcessDetails p, boolean finished) {
        ProcessId process = p.id();
        Optional<Budget> budget = budgets.budget(process);
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Integer> votes = new HashMap<>();
        Map<UUID, Integer> paper = new HashMap<>();
        Map<UUID, Map<StakeholderType, Integer>> by = new HashMap<>();
        for (BallotStore.Count c : store.counts(process.value())) {
            votes.merge(c.proposal(), c.votes(), Integer::sum);
            if (c.paper()) {
                paper.merge(c.proposal(), c.votes(), Integer::sum);
            }
            by.computeIfAbsent(c.proposal(), k -> new EnumMap<>(StakeholderType.class))
                    .merge(c.stakeholder(), c.votes(), Integer::sum);
        }
        List<BallotItem> ranked = budget.get().items().stream()
                .sorted(Comparator.comparingInt((BallotItem i) ->
                                -votes.getOrDefault(i.proposal().value(), 0))
                        .thenComparingLong(BallotItem::costNok)
                        .thenComparing(i -> i.proposal().value()))
                .toList();
        // Funded in order of votes while the money lasts; a project that does not fit is passed over.
        // A split budget funds each district's projects from its share, the rest from the common part.
        Budget b = budget.get();
        Map<String, Long> left = new HashMap<>();
        b.districts().forEach(d -> left.put(d.districtId(), d.amountNok()));
        left.put(COMMON, b.commonNok());
        long spent = 0;
        List<Results.Row> rows = new ArrayList<>();
        List<ProposalId> selected = new ArrayList<>();
        for (BallotItem item : ranked) {
            int v = votes.getOrDefault(item.proposal().value(), 0);
            String part = b.shareOf(item).map(DistrictShare::districtId).orElse(COMMON);
            boolean funded = v > 0 && item.costNok() <= left.get(part);
            if (funded) {
                left.merge(part, -item.costNok(), Long::sum);
                spent += item.costNok();
                selected.add(item.proposal());
            }
            rows.add(new Results.Row(
                    item,
                    v,
                    paper.getOrDefault(item.proposal().value(), 0),
                    by.getOrDefault(item.proposal().value(), Map.of()),
                    funded));
        }
        ScenarioTotals impact = scenarios.compute(p.municipality(), selected);
        Map<String, Results.District> districts = new LinkedHashMap<>();
        for (DistrictShare share : b.districts()) {
            districts.put(share.name(), new Results.District(share.name(), 0, 0, 0, 0, share.amountNok()));
        }
        for (Results.Row row : rows) {
            String name = row.item().districtName();
            Results.District d = districts.getOrDefault(name, new Results.District(name, 0, 0, 0, 0, null));
            districts.put(
                    name,
                    new Results.District(
                            name,
                            d.projects() + 1,
                            d.votes() + row.votes(),
                            d.funded() + (row.selected() ? 1 : 0),
                            d.fundedNok() + (row.selected() ? row.item().costNok() : 0),
                            d.shareNok()));
        }
        List<Results.District> byDistrict = districts.values().stream()
                .sorted(Comparator.comparingInt((Results.District d) -> -d.votes())
                        .thenComparing(d -> d.name() == null ? "" : d.name()))
                .toList();
        return Optional.of(new Results(
                budget.get().totalNok(),
                store.ballots(process.value()),
                store.paperBallots(process.value()),
                List.copyOf(rows),
                spent,
                impact,
                finished,
                byDistrict));
    }

    /** The results as CSV for a spreadsheet: one row per project, every cell quoted. */
    @Transactional(readOnly = true)
    public Optional<String> resultsCsv(ProcessId process) {
        return results(process).map(r -> {
            CsvWriter csv = new CsvWriter();
            csv.row(
                    "rank",
                    "project",
                    "district",
                    "cost_nok",
                    "votes",
                    "paper_votes",
                    "residents",
                    "businesses",
                    "municipal_staff",
                    "funded");
            int rank = 0;
            for (Results.Row row : r.ranked()) {
                rank++;
                csv.row(
                        Integer.toString(rank),
                        row.item().title(),
                        row.item().districtName() == null ? "" : row.item().districtName(),
                        Long.toString(row.item().costNok()),
                        Integer.toString(row.votes()),
                        Integer.toString(row.paperVotes()),
                        Integer.toString(row.byStakeholder().getOrDefault(StakeholderType.RESIDENT, 0)),
                        Integer.toString(row.byStakeholder().getOrDefault(StakeholderType.BUSINESS, 0)),
                        Integer.toString(row.byStakeholder().getOrDefault(StakeholderType.OFFICIAL, 0)),
                        row.selected() ? "yes" : "no");
            }
            return csv.toString();
        });
    }

    private boolean budgetPhaseFinished(ProcessDetails p) {
        List<Phase> budgeting = p.phases().stream()
                .filter(ph -> ph.actions().contains(PhaseAction.BUDGET))
                .toList();
        return !budgeting.isEmpty() && budgeting.stream().allMatch(ph -> ph.state() == PhaseState.CLOSED);
    }
}

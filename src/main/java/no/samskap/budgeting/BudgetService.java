package no.samskap.budgeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samskap.budgeting.internal.BallotStore;
import no.samskap.budgeting.internal.BasketDrafts;
import no.samskap.identity.Assurances;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.GuardedAction;
import no.samskap.identity.SignedInUser;
import no.samskap.impact.ScenarioService;
import no.samskap.impact.ScenarioTotals;
import no.samskap.municipality.MunicipalityService;
import no.samskap.processes.ProcessDetails;
import no.samskap.processes.ProcessService;
import no.samskap.proposals.PhaseGate;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.protection.Limit;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import no.samskap.voting.StakeholderType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A process's participatory budget: officials set the money, the rules and the projects with their
 * cost; participants confirm one ballot each (and may change it while the phase is open); officials
 * enter paper ballots; everyone sees the results and what the funded projects achieve together.
 */
@Service
public class BudgetService {

    // The key of the part of a split budget that pays for projects outside the districts with a share.
    private static final String COMMON = "";

    private final BallotStore store;
    private final BasketDrafts drafts;
    private final ProcessService processes;
    private final ProposalService proposals;
    private final ScenarioService scenarios;
    private final MunicipalityService municipalities;
    private final PhaseGate phases;
    private final Assurances assurances;
    private final CurrentUser currentUser;
    private final BudgetSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BudgetService(
            BallotStore store,
            BasketDrafts drafts,
            ProcessService processes,
            ProposalService proposals,
            ScenarioService scenarios,
            MunicipalityService municipalities,
            PhaseGate phases,
            Assurances assurances,
            CurrentUser currentUser,
            BudgetSettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.drafts = drafts;
        this.processes = processes;
        this.proposals = proposals;
        this.scenarios = scenarios;
        this.municipalities = municipalities;
        this.phases = phases;
        this.assurances = assurances;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** The budget of a process, with what is on the ballot; empty until an official sets it. */
    @Transactional(readOnly = true)
    public Optional<Budget> budget(ProcessId process) {
        return store.budget(process.value())
                .map(b -> new Budget(
                        process,
                        b.totalNok(),
                        b.minProjects(),
                        b.maxProjects(),
                        b.minSharePercent(),
                        items(process),
                        districtShares(process)));
    }

    /** Measures a basket against the budget and its rules; saves nothing. */
    @Transactional(readOnly = true)
    public BasketCheck check(ProcessId process, Collection<ProposalId> basket) {
        return check(process, basket, items(process));
    }

    /** The check against the ballot's items as just read (a project hidden since is not among them). */
    private BasketCheck check(ProcessId process, Collection<ProposalId> basket, List<BallotItem> items) {
        BallotStore.BudgetRow budget =
                store.budget(process.value()).orElseThrow(() -> new UserFacingException("error.budget.none"));
        Map<UUID, Long> costs = new HashMap<>();
        items.forEach(i -> costs.put(i.proposal().value(), i.costNok()));
        List<BasketCheck.Problem> problems = new ArrayList<>();
        long total = 0;
        Set<ProposalId> chosen = new LinkedHashSet<>(basket);
        for (ProposalId id : chosen) {
            Long cost = costs.get(id.value());
            if (cost == null) {
                problems.add(new BasketCheck.Problem("error.ballot.not-on-ballot", List.of()));
            } else {
                total = Math.addExact(total, cost);
            }
        }
        if (total > budget.totalNok()) {
            problems.add(new BasketCheck.Problem("error.ballot.over-budget", List.of(total - budget.totalNok())));
        }
        if (budget.minProjects() != null && chosen.size() < budget.minProjects()) {
            problems.add(new BasketCheck.Problem("error.ballot.too-few", List.of(budget.minProjects())));
        }
        if (budget.maxProjects() != null && chosen.size() > budget.maxProjects()) {
            problems.add(new BasketCheck.Problem("error.ballot.too-many", List.of(budget.maxProjects())));
        }
        if (budget.minSharePercent() != null && total * 100 < budget.totalNok() * budget.minSharePercent()) {
            problems.add(new BasketCheck.Problem("error.ballot.too-little", List.of(budget.minSharePercent())));
        }
        if (chosen.isEmpty()) {
            problems.add(new BasketCheck.Problem("error.ballot.empty", List.of()));
        }
        List<BasketCheck.Part> parts = parts(process, budget.totalNok(), chosen, items, problems);
        return new BasketCheck(total, budget.totalNok(), chosen.size(), List.copyOf(problems), parts);
    }

    /**
     * Confirms the signed-in person's ballot, replacing an earlier one of theirs. Refused, with the
     * first rule it breaks, when the basket does not fit; nothing is saved then.
     */
    @PreAuthorize("isAuthenticated()")
    public Receipt submit(ProcessId process, Collection<ProposalId> basket) {
        return submit(process, basket, null);
    }

    /** As {@link #submit(ProcessId, Collection)}, from a tab the person's other tabs follow. */
    @PreAuthorize("isAuthenticated()")
    public Receipt submit(ProcessId process, Collection<ProposalId> basket, String tab) {
        SignedInUser voter = currentUser.requireWriter(Limit.BALLOT);
        // The phase and the process's municipality in one read.
        MunicipalityId municipality = phases.require(process, PhaseAction.BUDGET);
        if (!voter.belongsTo(municipality)) {
            throw new AccessDeniedException("error.ballot.other-municipality");
        }
        // Who may vote follows the municipality's assurance rule for votes.
        assurances.require(GuardedAction.VOTE);
        // Read once for the check and the receipt: this runs for every ballot.
        List<BallotItem> items = items(process);
        requireFits(process, basket, items);
        BallotStore.BallotRow row = store.submit(
                process.value(),
                voter.id().value(),
                StakeholderType.of(voter.role()),
                new LinkedHashSet<>(basket).stream().map(ProposalId::value).toList(),
                clock.instant(),
                // The phase once more inside the ballot's transaction (plain SQL): the vote may have
                // been closed since.
                () -> phases.require(process, PhaseAction.BUDGET));
        drafts.remove(process.value(), voter.id().value());
        // One event tells results pages to recount and the voter's other tabs to show the receipt.
        events.publishEvent(new BallotCounted(process, municipality, voter.id(), tab));
        return receipt(row, items);
    }

    /** The signed-in person's confirmed ballot, if any. */
    @Transactional(readOnly = true)
    public Optional<Receipt> myBallot(ProcessId process) {
        return currentUser
                .get()
                .flatMap(u -> store.ballotOf(process.value(), u.id().value()))
                .map(row -> receipt(process, row));
    }

    /**
     * Enters a paper ballot from a workshop or a service centre: counted in the same tally, marked as
     * paper with where it came from. Officials of the municipality, while the budget phase is open.
     */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public Receipt enterPaperBallot(
            ProcessId process, Collection<ProposalId> basket, String source, StakeholderType stakeholder) {
        ProcessDetails p = process(process);
        SignedInUser official = currentUser.requireOfficialOf(p.municipality(), "error.process.not-official");
        String where = source == null ? "" : source.strip();
        if (where.isEmpty()) {
            throw UserFacingException.forField("source", "error.field.required");
        }
        if (where.length() > 200) {
            throw UserFacingException.forField("source", "error.field.too-long", 200);
        }
        phases.require(process, PhaseAction.BUDGET);
        List<BallotItem> items = items(process);
        requireFits(process, basket, items);
        BallotStore.BallotRow row = store.enterPaper(
                process.value(),
                official.id().value(),
                stakeholder == null ? StakeholderType.RESIDENT : stakeholder,
                where,
                new LinkedHashSet<>(basket).stream().map(ProposalId::value).toList(),
                clock.instant());
        audit(official, p.municipality(), "PAPER_BALLOT", process, row.reference() + " · " + where);
        events.publishEvent(new BallotCounted(process, p.municipality(), null, null));
        return receipt(row, items);
    }

    /**
     * Each project's own estimate (t CO2e a year avoided, territorial and indirect together, central),
     * for the ballot to show beside its cost; absent where the proposal lacks the inputs.
     */
    @Transactional(readOnly = true)
    public Map<ProposalId, Double> itemTonnes(ProcessId process) {
        MunicipalityId municipality = process(process).municipality();
        Map<ProposalId, Double> tonnes = new HashMap<>();
        for (BallotItem item : items(process)) {
            ScenarioTotals alone = scenarios.compute(municipality, List.of(item.proposal()));
            if (alone.estimated() == 1) {
                tonnes.put(item.proposal(), alone.totalTonnes().central());
            }
        }
        return tonnes;
    }

    /** The combined impact of a basket, as the ballot shows it beside the money. */
    @Transactional(readOnly = true)
    public ScenarioTotals impact(ProcessId process, Collection<ProposalId> basket) {
        return scenarios.compute(process(process).municipality(), List.copyOf(new LinkedHashSet<>(basket)));
    }

    /**
     * Where the budget is split among districts, what the basket spends of each part, adding a
     * problem for each part it overspends.
     */
    private List<BasketCheck.Part> parts(
            ProcessId process,
            long totalNok,
            Set<ProposalId> chosen,
            List<BallotItem> items,
            List<BasketCheck.Problem> problems) {
        Map<String, Long> shares = store.districtShares(process.value());
        if (shares.isEmpty()) {
            return List.of();
        }
        // District names from the projects on the ballot; the municipality only for a share without any.
        Map<String, String> names = new HashMap<>();
        items.stream().filter(i -> i.districtId() != null).forEach(i -> names.put(i.districtId(), i.districtName()));
        if (!names.keySet().containsAll(shares.keySet())) {
            names.putAll(districtNames(process));
        }
        Map<String, Long> spent = new LinkedHashMap<>();
        shares.keySet().forEach(d -> spent.put(d, 0L));
        spent.put(COMMON, 0L);
        for (BallotItem item : items) {
            if (chosen.contains(item.proposal())) {
                String part = shares.containsKey(item.districtId()) ? item.districtId() : COMMON;
                spent.merge(part, item.costNok(), Long::sum);
            }
        }
        List<BasketCheck.Part> parts = new ArrayList<>();
        long shared = 0;
        for (DistrictShare d : shares(shares, names)) {
            parts.add(new BasketCheck.Part(d.name(), spent.get(d.districtId()), d.amountNok()));
            shared += d.amountNok();
        }
        parts.add(new BasketCheck.Part(null, spent.get(COMMON), totalNok - shared));
        for (BasketCheck.Part part : parts) {
            if (part.over()) {
                problems.add(
                        part.districtName() == null
                                ? new BasketCheck.Problem(
                                        "error.ballot.over-common", List.of(part.spentNok() - part.amountNok()))
                                : new BasketCheck.Problem(
                                        "error.ballot.over-district",
                                        List.of(part.districtName(), part.spentNok() - part.amountNok())));
            }
        }
        return List.copyOf(parts);
    }

    private List<DistrictShare> districtShares(ProcessId process) {
        Map<String, Long> shares = store.districtShares(process.value());
        return shares.isEmpty() ? List.of() : shares(shares, districtNames(process));
    }

    private Map<String, String> districtNames(ProcessId process) {
        Map<String, String> names = new HashMap<>();
        municipalities
                .find(process(process).municipality())
                .ifPresent(m -> m.districts().forEach(d -> names.put(d.id(), d.name())));
        return names;
    }

    /** District shares with their names, in the order people read them. */
    static List<DistrictShare> shares(Map<String, Long> shares, Map<String, String> names) {
        return shares.entrySet().stream()
                .map(e -> new DistrictShare(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(DistrictShare::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Refuses a basket that breaks a rule, with the first rule it breaks. */
    private void requireFits(ProcessId process, Collection<ProposalId> basket, List<BallotItem> items) {
        BasketCheck check = check(process, basket, items);
        if (!check.fits()) {
            BasketCheck.Problem first = check.problems().getFirst();
            throw new UserFacingException(first.messageKey(), first.arguments().toArray());
        }
    }

    private List<BallotItem> items(ProcessId process) {
        Map<UUID, Long> costs = store.items(process.value());
        Map<ProposalId, ProposalSummary> found =
                proposals.summaries(costs.keySet().stream().map(ProposalId::new).toList());
        List<BallotItem> items = new ArrayList<>();
        costs.forEach((proposal, cost) -> {
            ProposalSummary d = found.get(new ProposalId(proposal));
            if (d != null) {
                items.add(new BallotItem(d.id(), d.title(), d.category(), d.districtId(), d.districtName(), cost));
            }
        });
        items.sort(Comparator.comparing(BallotItem::title, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(items);
    }

    private Receipt receipt(ProcessId process, BallotStore.BallotRow row) {
        return receipt(row, items(process));
    }

    private static Receipt receipt(BallotStore.BallotRow row, List<BallotItem> onBallot) {
        Map<UUID, BallotItem> items = new HashMap<>();
        onBallot.forEach(i -> items.put(i.proposal().value(), i));
        List<BallotItem> chosen =
                row.choices().stream().map(items::get).filter(Objects::nonNull).toList();
        long total = chosen.stream().mapToLong(BallotItem::costNok).sum();
        return new Receipt(row.reference(), row.submittedAt(), chosen, total, row.changes());
    }

    private ProcessDetails process(ProcessId process) {
        return processes.find(process).orElseThrow(() -> new UserFacingException("error.process.not-found"));
    }

    private void audit(
            SignedInUser official, MunicipalityId municipality, String action, ProcessId process, String detail) {
        events.publishEvent(official.did(clock.instant(), municipality, action, "PROCESS", process.toString(), detail));
    }
}

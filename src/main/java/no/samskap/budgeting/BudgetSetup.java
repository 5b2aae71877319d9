package no.samskap.budgeting;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samskap.budgeting.internal.BallotStore;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.processes.ProcessDetails;
import no.samskap.processes.ProcessService;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officials set before the vote: the money, its rules and its split among districts, and the
 * projects on the ballot with their cost. Nothing here changes once a ballot is cast.
 */
@Service
public class BudgetSetup {

    private final BallotStore store;
    private final BudgetService budgets;
    private final ProcessService processes;
    private final ProposalService proposals;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final BudgetSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BudgetSetup(
            BallotStore store,
            BudgetService budgets,
            ProcessService processes,
            ProposalService proposals,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            BudgetSettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.budgets = budgets;
        this.processes = processes;
        this.proposals = proposals;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** The districts of the process's municipality, for an official to split the money among. */
    @Transactional(readOnly = true)
    public List<Municipality.District> districts(ProcessId process) {
        return municipalities
                .find(process(process).municipality())
                .map(Municipality::districts)
                .orElse(List.of());
    }

    /**
     * Splits the budget among districts (district id → NOK; a missing or zero amount leaves the
     * district to the common part). The shares may not exceed the total, and every project on the
     * ballot must still fit in its part. Officials of the municipality, before any ballot is cast.
     */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    @Transactional
    public void setDistrictShares(ProcessId process, Map<String, Long> shares) {
        ProcessDetails p = process(process);
        SignedInUser official = currentUser.requireOfficialOf(p.municipality(), "error.process.not-official");
        BallotStore.BudgetRow budget =
                store.budget(process.value()).orElseThrow(() -> new UserFacingException("error.budget.none"));
        Set<String> known = new HashSet<>();
        districts(process).forEach(d -> known.add(d.id()));
        Map<String, Long> kept = new LinkedHashMap<>();
        long sum = 0;
        for (Map.Entry<String, Long> share : shares.entrySet()) {
            if (!known.contains(share.getKey())) {
                throw UserFacingException.forField("districts", "error.budget.district");
            }
            Long amount = share.getValue();
            if (amount == null || amount == 0) {
                continue;
            }
            if (amount < 0) {
                throw UserFacingException.forField("districts", "error.budget.negative");
            }
            sum = Math.addExact(sum, amount);
            kept.put(share.getKey(), amount);
        }
        if (sum > budget.totalNok()) {
            throw UserFacingException.forField("districts", "error.budget.districts-over-total", budget.totalNok());
        }
        unchangedOnceVoted(process);
        Budget after = new Budget(
                process, budget.totalNok(), null, null, null, List.of(), BudgetService.shares(kept, Map.of()));
        for (BallotItem item : budgets.budget(process).orElseThrow().items()) {
            if (item.costNok() > partAmount(after, item)) {
                throw UserFacingException.forField("districts", "error.budget.item-over-part", item.title());
            }
        }
        store.saveDistrictShares(process.value(), kept);
        audit(official, p.municipality(), "BUDGET_DISTRICTS_SET", process, kept.toString());
    }

    /** Sets the money and the rules; officials of the process's municipality, before any ballot is cast. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    @Transactional
    public void setBudget(
            ProcessId process, Long totalNok, Integer minProjects, Integer maxProjects, Integer minSharePercent) {
        ProcessDetails p = process(process);
        SignedInUser official = currentUser.requireOfficialOf(p.municipality(), "error.process.not-official");
        if (totalNok == null || totalNok <= 0) {
            throw UserFacingException.forField("total", "error.budget.total");
        }
        if (totalNok > settings.maxTotalNok()) {
            throw UserFacingException.forField("total", "error.budget.total-too-large", settings.maxTotalNok());
        }
        if (minProjects != null && minProjects < 0) {
            throw UserFacingException.forField("minProjects", "error.budget.negative");
        }
        if (maxProjects != null && (maxProjects < 1 || (minProjects != null && maxProjects < minProjects))) {
            throw UserFacingException.forField("maxProjects", "error.budget.max-below-min");
        }
        if (minSharePercent != null && (minSharePercent < 0 || minSharePercent > 100)) {
            throw UserFacingException.forField("minShare", "error.budget.share");
        }
        long shared = store.districtShares(process.value()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        if (totalNok < shared) {
            throw UserFacingException.forField("total", "error.budget.total-below-districts", shared);
        }
        unchangedOnceVoted(process);
        store.saveBudget(
                process.value(),
                new BallotStore.BudgetRow(totalNok, minProjects, maxProjects, minSharePercent),
                clock.instant());
        audit(official, p.municipality(), "BUDGET_SET", process, totalNok + " NOK");
    }

    /** Puts a proposal of the municipality on the ballot at a cost, or changes its cost. */
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    @Transactional
    public void putOnBallot(ProcessId process, ProposalId proposal, Long costNok) {
        ProcessDetails p = process(process);
        SignedInUser official = currentUser.requireOfficialOf(p.municipality(), "error.process.not-official");
        if (store.budget(process.value()).isEmpty()) {
            throw new UserFacingException("error.budget.none");
        }
        if (costNok == null || costNok <= 0) {
            throw UserFacingException.forField("cost", "error.budget.cost");
        }
        long total = store.budget(process.value()).orElseThrow().totalNok();
        if (costNok > total) {
            // It could never be funded, and the basket's sums stay far from overflowing.
            throw UserFacingException.forField("cost", "error.budget.cost-over-total", total);
        }
        ProposalDetails d = proposals
                .find(proposal)
                .filter(x ->
                        x.municipality().equals(p.municipality()) && x.state().isPublic() && !x.hidden())
                .orElseThrow(() -> UserFacingException.forField("proposal", "error.budget.proposal"));
        Budget current = budgets.budget(process).orElseThrow();
        String districtId = Optional.ofNullable(
                        proposals.summaries(List.of(proposal)).get(proposal))
                .map(ProposalSummary::districtId)
                .orElse(null);
        BallotItem candidate = new BallotItem(proposal, d.title(), d.category(), districtId, d.districtName(), costNok);
        if (!current.districts().isEmpty() && costNok > partAmount(current, candidate)) {
            throw current.shareOf(candidate)
                    .map(share -> UserFacingException.forField(
                            "cost", "error.budget.cost-over-district", share.name(), share.amountNok()))
                    .orElseGet(() ->
                            UserFacingException.forField("cost", "error.budget.cost-over-common", current.commonNok()));
        }
        if (!store.items(process.value()).containsKey(proposal.value())
                && store.items(process.value()).size() >= settings.maxItems()) {
            throw UserFacingException.forField("proposal", "error.budget.too-many-items", settings.maxItems());
        }
        unchangedOnceVoted(process);
        store.putItem(process.value(), proposal.value(), costNok);
        audit(official, p.municipality(), "BALLOT_ITEM_SET", process, d.title() + ": " + costNok + " NOK");
    }

    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    @Transactional
    public void removeFromBallot(ProcessId process, ProposalId proposal) {
        ProcessDetails p = process(process);
        SignedInUser official = currentUser.requireOfficialOf(p.municipality(), "error.process.not-official");
        unchangedOnceVoted(process);
        store.removeItem(process.value(), proposal.value());
        audit(official, p.municipality(), "BALLOT_ITEM_REMOVED", process, proposal.toString());
    }

    private static long partAmount(Budget budget, BallotItem item) {
        return budget.shareOf(item).map(DistrictShare::amountNok).orElse(budget.commonNok());
    }

    private void unchangedOnceVoted(ProcessId process) {
        if (store.ballots(process.value()) > 0) {
            throw new UserFacingException("error.budget.ballots-cast");
        }
    }

    private ProcessDetails process(ProcessId process) {
        return processes.find(process).orElseThrow(() -> new UserFacingException("error.process.not-found"));
    }

    private void audit(
            SignedInUser official, MunicipalityId municipality, String action, ProcessId process, String detail) {
        events.publishEvent(official.did(clock.instant(), municipality, action, "PROCESS", process.toString(), detail));
    }
}

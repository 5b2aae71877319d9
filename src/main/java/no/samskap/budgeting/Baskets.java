package no.samskap.budgeting;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samskap.budgeting.internal.BallotStore;
import no.samskap.budgeting.internal.BasketDrafts;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.proposals.PhaseGate;
import no.samskap.proposals.ProposalId;
import no.samskap.protection.Limit;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A person's basket before they confirm it, kept cluster-wide so all their tabs and devices show
 * the same one and follow each change live. Confirming is {@link BudgetService#submit}.
 */
@Service
public class Baskets {

    private final BasketDrafts drafts;
    private final BallotStore store;
    private final PhaseGate phases;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    Baskets(
            BasketDrafts drafts,
            BallotStore store,
            PhaseGate phases,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.store = store;
        this.phases = phases;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * The signed-in person's unconfirmed basket, the same in all their tabs and devices: only what
     * is still on the ballot. Empty when they have none (or are not signed in).
     */
    public Optional<Set<ProposalId>> draft(ProcessId process) {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> kept = drafts.get(process.value(), user.get().id().value());
        if (kept == null) {
            return Optional.empty();
        }
        Set<UUID> onBallot = store.items(process.value()).keySet();
        Set<ProposalId> basket = new LinkedHashSet<>();
        kept.stream().filter(onBallot::contains).map(ProposalId::new).forEach(basket::add);
        return Optional.of(basket);
    }

    /**
     * Keeps the signed-in person's unconfirmed basket for their other tabs and devices, which follow
     * at once ({@code tab} is the one that changed it). Projects not on the ballot are left out.
     */
    @PreAuthorize("isAuthenticated()")
    public void keepDraft(ProcessId process, Collection<ProposalId> basket, String tab) {
        SignedInUser voter = currentUser.requireWriter(Limit.BASKET);
        MunicipalityId municipality =
                phases.municipality(process).orElseThrow(() -> new UserFacingException("error.process.not-found"));
        Set<UUID> onBallot = store.items(process.value()).keySet();
        List<UUID> kept = new LinkedHashSet<>(basket)
                .stream().map(ProposalId::value).filter(onBallot::contains).toList();
        drafts.put(process.value(), voter.id().value(), kept);
        events.publishEvent(new BasketChanged(process, municipality, voter.id(), tab));
    }
}

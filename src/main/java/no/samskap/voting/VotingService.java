package no.samskap.voting;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.protection.Limit;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.UserFacingException;
import no.samskap.voting.internal.TallyVersion;
import no.samskap.voting.internal.TallyVersionRepository;
import no.samskap.voting.internal.Vote;
import no.samskap.voting.internal.VoteRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casts, changes and withdraws votes. Idempotent: casting the same stance twice changes
 * nothing, and two concurrent first votes of one account end as one vote (the database key
 * refuses the second insert, which is then retried as a change).
 */
@Service
public class VotingService {

    private static final int ATTEMPTS = 4;

    private final VoteRepository votes;
    private final TallyVersionRepository tallyVersions;
    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final VotingSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VotingService(
            VoteRepository votes,
            TallyVersionRepository tallyVersions,
            ProposalService proposals,
            CurrentUser currentUser,
            VotingSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.votes = votes;
        this.tallyVersions = tallyVersions;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Supports or opposes the proposal for the signed-in user, replacing any earlier stance. */
    @PreAuthorize("isAuthenticated()")
    public Tally cast(ProposalId proposal, Stance stance) {
        if (stance == null) {
            throw new UserFacingException("error.vote.stance");
        }
        currentUser.requireWriter(Limit.VOTE);
        return retrying(() -> {
            SignedInUser user = currentUser.requireWriter();
            ProposalDetails p = openFor(proposal, user);
            Vote.Key key = new Vote.Key(proposal.value(), user.id().value());
            Optional<Vote> existing = votes.findById(key);
            if (existing.isPresent()) {
                if (existing.get().stance() == stance) {
                    return tally(proposal);
                }
            }
            // The proposal's version lock first, then the vote row: one order for every change.
            TallyVersion version = lockVersion(proposal);
            if (existing.isPresent()) {
                existing.get().change(stance, clock.instant());
            } else {
                // Flush now so a concurrent duplicate fails here, inside the retry.
                votes.saveAndFlush(new Vote(
                        proposal.value(), user.id().value(), stance, StakeholderType.of(user.role()), clock.instant()));
            }
            return announce(p, version);
        });
    }

    /** Removes the signed-in user's vote, if any. */
    @PreAuthorize("isAuthenticated()")
    public Tally withdraw(ProposalId proposal) {
        currentUser.requireWriter(Limit.VOTE);
        return retrying(() -> {
            SignedInUser user = currentUser.requireWriter();
            ProposalDetails p = openFor(proposal, user);
            Vote.Key key = new Vote.Key(proposal.value(), user.id().value());
            if (!votes.existsById(key)) {
                return tally(proposal);
            }
            TallyVersion version = lockVersion(proposal);
            int removed = votes.deleteByKey(key);
            return removed == 0 ? tally(proposal) : announce(p, version);
        });
    }

    /** The signed-in user's current stance on the proposal. */
    @Transactional(readOnly = true)
    public Optional<Stance> myVote(ProposalId proposal) {
        return currentUser
                .get()
                .flatMap(u -> votes.findById(new Vote.Key(proposal.value(), u.id().value())))
                .map(Vote::stance);
    }

    /** Whether votes are accepted on the proposal now (for anyone allowed to vote). */
    @Transactional(readOnly = true)
    public boolean isOpen(ProposalId proposal) {
        return proposals
                .find(proposal)
                .map(p -> !p.hidden() && settings.isOpen(p.municipality(), p.state()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public Tally tally(ProposalId proposal) {
        return tallies(List.of(proposal)).get(proposal);
    }

    /** Tallies for many proposals in one query, for lists. */
    @Transactional(readOnly = true)
    public Map<ProposalId, Tally> tallies(Collection<ProposalId> proposalIds) {
        Map<UUID, Map<StakeholderType, Integer>> support = new HashMap<>();
        Map<UUID, Map<StakeholderType, Integer>> oppose = new HashMap<>();
        Map<UUID, Long> versions = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            List<UUID> ids = proposalIds.stream().map(ProposalId::value).toList();
            // Versions first: the counts read after them are at least as new as the version says.
            for (Object[] row : tallyVersions.versions(ids)) {
                versions.put((UUID) row[0], ((Number) row[1]).longValue());
            }
            for (Object[] row : votes.count(ids)) {
                UUID id = (UUID) row[0];
                Map<UUID, Map<StakeholderType, Integer>> target = row[1] == Stance.SUPPORT ? support : oppose;
                target.computeIfAbsent(id, k -> new EnumMap<>(StakeholderType.class))
                        .put((StakeholderType) row[2], ((Number) row[3]).intValue());
            }
        }
        Map<ProposalId, Tally> result = new HashMap<>();
        for (ProposalId id : proposalIds) {
            result.put(
                    id,
                    new Tally(
                            id,
                            support.get(id.value()),
                            oppose.get(id.value()),
                            versions.getOrDefault(id.value(), 0L)));
        }
        return result;
    }

    private ProposalDetails openFor(ProposalId proposal, SignedInUser user) {
        ProposalDetails p =
                proposals.find(proposal).orElseThrow(() -> new UserFacingException("error.proposal.not-found"));
        if (!user.belongsTo(p.municipality())) {
            throw new AccessDeniedException("error.vote.other-municipality");
        }
        if (p.hidden() || !settings.isOpen(p.municipality(), p.state())) {
            throw new UserFacingException("error.vote.closed");
        }
        return p;
    }

    /**
     * Takes the proposal's version lock, which every vote change holds until it commits: a concurrent
     * voter on the same proposal waits here, and then counts after this one has committed, so a
     * higher version never has fewer votes. The first change creates the row; a concurrent first
     * change fails on its key and is retried.
     */
    private TallyVersion lockVersion(ProposalId proposal) {
        return tallyVersions
                .lock(proposal.value())
                .orElseGet(() -> tallyVersions.saveAndFlush(new TallyVersion(proposal.value())));
    }

    private Tally announce(ProposalDetails proposal, TallyVersion version) {
        version.bump();
        votes.flush(); // a changed stance is written before the count that must include it
        Tally tally = tally(proposal.id());
        events.publishEvent(new VoteCast(proposal.id(), proposal.municipality(), tally, clock.instant()));
        return tally;
    }

    private Tally retrying(Supplier<Tally> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> work.get());
            } catch (DataIntegrityViolationException
                    | ObjectOptimisticLockingFailureException
                    | PessimisticLockingFailureException e) {
                // Another request won the race (the same account's vote, or the first tally version),
                // or waited too long for the tally lock; the next attempt sees what it did.
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}

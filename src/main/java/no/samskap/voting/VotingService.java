package no.samskap.voting;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import no.samskap.identity.AccountBlocked;
import no.samskap.identity.Assurances;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.GuardedAction;
import no.samskap.identity.Requirement;
import no.samskap.identity.Role;
import no.samskap.identity.SignedInUser;
import no.samskap.proposals.PhaseGate;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalState;
import no.samskap.proposals.ProposalStatus;
import no.samskap.protection.Limit;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.UserFacingException;
import no.samskap.voting.internal.TallyChange;
import no.samskap.voting.internal.TallyVersion;
import no.samskap.voting.internal.TallyVersionRepository;
import no.samskap.voting.internal.Vote;
import no.samskap.voting.internal.VoteRepository;
import no.samskap.voting.internal.VoteStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.support.JdbcTransactionManager;
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
    private static final String[] PRIVATE_STATES = Arrays.stream(ProposalState.values())
            .filter(s -> !s.isPublic())
            .map(Enum::name)
            .toArray(String[]::new);

    private final VoteRepository votes;
    private final TallyVersionRepository tallies;
    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final VotingSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final VoteStore store;
    private final Clock clock;

    private final Assurances assurances;
    private final PhaseGate phases;

    VotingService(
            Assurances assurances,
            PhaseGate phases,
            VoteRepository votes,
            TallyVersionRepository tallies,
            ProposalService proposals,
            CurrentUser currentUser,
            VotingSettings settings,
            ApplicationEventPublisher events,
            DataSource dataSource,
            Clock clock,
            VoteStore store) {
        this.assurances = assurances;
        this.phases = phases;
        this.store = store;
        this.votes = votes;
        this.tallies = tallies;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.settings = settings;
        this.events = events;
        // A vote's transaction is plain JDBC (the account check, the proposal's status and the vote
        // change are all SQL), so it skips opening a JPA session for each vote. Nothing in it may
        // use a repository: that would run outside this transaction.
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.clock = clock;
    }

    /** Supports or opposes the proposal for the signed-in user, replacing any earlier stance. */
    @PreAuthorize("isAuthenticated()")
    public Tally cast(ProposalId proposal, Stance stance) {
        if (stance == null) {
            throw new UserFacingException("error.vote.stance");
        }
        // The level the voter's municipality asks for voting (an account, a confirmed address, ID-porten).
        assurances.require(GuardedAction.VOTE);
        if (inOneStatement()) {
            return changeInOneStatement(proposal, stance);
        }
        // The account (blocked or not) and its allowance are checked once per vote, inside the first
        // attempt's transaction, not once per retry.
        AtomicReference<SignedInUser> writer = new AtomicReference<>();
        return retrying(() -> {
            SignedInUser user = writer.updateAndGet(u -> u != null ? u : currentUser.requireWriter(Limit.VOTE));
            ProposalStatus p = openFor(proposal, user);
            UUID id = proposal.value();
            UUID account = user.id().value();
            if (store.oneStep()) {
                return announce(
                        p,
                        store.changeInOneStep(id, account, stance, StakeholderType.of(user.role()), clock.instant()));
            }
            // The proposal's tally lock first, then the vote row: one order for every change. The
            // vote is read only under the lock, so a change from another tab is seen, not overwritten.
            store.lock(id);
            Optional<VoteStore.Stored> existing = store.find(id, account);
            TallyChange change = new TallyChange();
            if (existing.isPresent()) {
                VoteStore.Stored vote = existing.get();
                if (vote.stance() == stance) {
                    return store.read(id);
                }
                if (vote.counted()) {
                    change.count(vote.stance(), vote.stakeholder(), -1).count(stance, vote.stakeholder(), +1);
                }
                store.change(id, account, stance, clock.instant());
            } else {
                StakeholderType who = StakeholderType.of(user.role());
                // A concurrent duplicate fails here on the primary key, inside the retry.
                store.insert(id, account, stance, who, clock.instant());
                change.count(stance, who, +1);
            }
            return announce(p, change);
        });
    }

    /**
     * How many of the proposal's counted votes come from people signed in with ID-porten, with a
     * confirmed address, or with an account only: for officials weighing a tally.
     *
     * @return counts in that order (aggregates only: no voter is named)
     */
    public int[] byAssurance(ProposalId proposal) {
        List<AccountId> voters = store.countedVoters(proposal.value()).stream()
                .map(AccountId::new)
                .toList();
        Map<AccountId, Requirement> levels = assurances.levels(voters);
        int[] counts = new int[3];
        for (AccountId voter : voters) {
            Requirement level = levels.getOrDefault(voter, Requirement.ACCOUNT);
            counts[level.needsIdPorten() ? 0 : level == Requirement.VERIFIED_EMAIL ? 1 : 2]++;
        }
        return counts;
    }

    /** Removes the signed-in user's vote, if any. */
    @PreAuthorize("isAuthenticated()")
    public Tally withdraw(ProposalId proposal) {
        if (inOneStatement()) {
            return changeInOneStatement(proposal, null);
        }
        AtomicReference<SignedInUser> writer = new AtomicReference<>();
        return retrying(() -> {
            SignedInUser user = writer.updateAndGet(u -> u != null ? u : currentUser.requireWriter(Limit.VOTE));
            ProposalStatus p = openFor(proposal, user);
            UUID id = proposal.value();
            UUID account = user.id().value();
            if (store.oneStep()) {
                return announce(
                        p, store.changeInOneStep(id, account, null, StakeholderType.of(user.role()), clock.instant()));
            }
            store.lock(id);
            Optional<VoteStore.Stored> existing = store.find(id, account);
            if (existing.isEmpty()) {
                return store.read(id);
            }
            TallyChange change = new TallyChange();
            if (existing.get().counted()) {
                change.count(existing.get().stance(), existing.get().stakeholder(), -1);
            }
            store.delete(id, account);
            return announce(p, change);
        });
    }

    /**
     * A blocked account's votes stop counting, and count again once it is unblocked: each of its
     * proposals' tallies changes under its lock (in proposal order, so two of these cannot deadlock)
     * and is announced, in the transaction that blocks the account.
     */
    @EventListener
    void on(AccountBlocked blocked) {
        for (Vote vote : votes.byAccount(blocked.account().value())) {
            if (vote.counted() != blocked.blocked()) {
                continue;
            }
            ProposalId id = new ProposalId(vote.proposalId());
            store.lock(id.value());
            vote.setCounted(!blocked.blocked());
            TallyChange change =
                    new TallyChange().count(vote.stance(), vote.stakeholder(), blocked.blocked() ? -1 : +1);
            proposals.status(id).ifPresent(p -> announce(p, change));
        }
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
                .status(proposal)
                .map(p -> !p.hidden()
                        && settings.isOpen(p.municipality(), p.state())
                        && (p.process() == null || phases.allows(p.process(), PhaseAction.VOTE)))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public Tally tally(ProposalId proposal) {
        return tallies(List.of(proposal)).get(proposal);
    }

    /** Tallies for many proposals in one query, for lists. */
    @Transactional(readOnly = true)
    public Map<ProposalId, Tally> tallies(Collection<ProposalId> proposalIds) {
        Map<ProposalId, Tally> result = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            List<UUID> ids = proposalIds.stream().map(ProposalId::value).toList();
            for (Object[] row : tallies.columnsOf(ids)) {
                UUID id = (UUID) row[0];
                result.put(new ProposalId(id), TallyVersion.fromColumns(id, Arrays.copyOfRange(row, 1, row.length)));
            }
        }
        for (ProposalId id : proposalIds) {
            result.putIfAbsent(id, new Tally(id, Map.of(), Map.of(), 0L));
        }
        return result;
    }

    /** The tally counted afresh from the stored votes, to check the kept counts against (tests, audits). */
    @Transactional(readOnly = true)
    public Tally recount(ProposalId proposal) {
        Map<StakeholderType, Integer> support = new EnumMap<>(StakeholderType.class);
        Map<StakeholderType, Integer> oppose = new EnumMap<>(StakeholderType.class);
        for (Object[] row : votes.recount(List.of(proposal.value()))) {
            (row[1] == Stance.SUPPORT ? support : oppose).put((StakeholderType) row[2], ((Number) row[3]).intValue());
        }
        return new Tally(proposal, support, oppose, tally(proposal).version());
    }

    /**
     * On PostgreSQL a resident's, business's or official's vote is one statement that checks and
     * changes and commits by itself. An administrator (who may vote anywhere) takes the general path.
     */
    private boolean inOneStatement() {
        return store.oneStep() && currentUser.require().role() != Role.ADMIN;
    }

    private Tally changeInOneStatement(ProposalId proposal, Stance stance) {
        SignedInUser user = currentUser.requireAllowanceCheckingBlockItself(Limit.VOTE);
        // A proposal in a process takes votes only in a phase that allows them (one narrow read).
        proposals.status(proposal).map(ProposalStatus::process).ifPresent(p -> phases.require(p, PhaseAction.VOTE));
        MunicipalityId home = user.municipality();
        String[] open = home == null
                ? new String[0]
                : settings.openStates(home).stream().map(Enum::name).toArray(String[]::new);
        for (int attempt = 1; ; attempt++) {
            try {
                VoteStore.Checked checked = store.changeChecked(
                        proposal.value(),
                        user.id().value(),
                        stance,
                        StakeholderType.of(user.role()),
                        clock.instant(),
                        home == null ? null : home.value(),
                        open,
                        PRIVATE_STATES);
                if (checked.refusal() != null) {
                    throw refusal(checked.refusal());
                }
                VoteStore.Outcome outcome = checked.outcome();
                if (outcome.changed()) {
                    // Committed already (the statement was its own transaction): the relay sends it now.
                    events.publishEvent(new VoteCast(
                            proposal, MunicipalityId.of(checked.municipality()), outcome.tally(), clock.instant()));
                }
                return outcome.tally();
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                // A concurrent first vote of the account or on the proposal won; the next attempt sees it.
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The same refusals, in the same order, as the checks of the general path. */
    private static RuntimeException refusal(String reason) {
        return switch (reason) {
            case "BLOCKED" -> new AccessDeniedException("error.account.blocked");
            case "NOT_FOUND" -> new UserFacingException("error.proposal.not-found");
            case "OTHER_MUNICIPALITY" -> new AccessDeniedException("error.vote.other-municipality");
            case "CLOSED" -> new UserFacingException("error.vote.closed");
            default -> new IllegalStateException("unknown refusal " + reason);
        };
    }

    private ProposalStatus openFor(ProposalId proposal, SignedInUser user) {
        ProposalStatus p =
                proposals.status(proposal).orElseThrow(() -> new UserFacingException("error.proposal.not-found"));
        if (!user.belongsTo(p.municipality())) {
            throw new AccessDeniedException("error.vote.other-municipality");
        }
        if (p.hidden() || !settings.isOpen(p.municipality(), p.state())) {
            throw new UserFacingException("error.vote.closed");
        }
        if (p.process() != null) {
            phases.require(p.process(), PhaseAction.VOTE);
        }
        return p;
    }

    private Tally announce(ProposalStatus proposal, TallyChange change) {
        // Counts adjusted in this transaction, under the lock: no recount of the proposal's votes.
        store.apply(proposal.id().value(), change);
        Tally tally = store.read(proposal.id().value());
        events.publishEvent(new VoteCast(proposal.id(), proposal.municipality(), tally, clock.instant()));
        return tally;
    }

    private Tally announce(ProposalStatus proposal, VoteStore.Outcome outcome) {
        if (outcome.changed()) {
            events.publishEvent(new VoteCast(proposal.id(), proposal.municipality(), outcome.tally(), clock.instant()));
        }
        return outcome.tally();
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

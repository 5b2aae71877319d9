package no.samskap.workshops.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Round;
import no.samskap.workshops.RoundId;
import no.samskap.workshops.WorkshopEvent;
import no.samskap.workshops.WorkshopId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Timed dot-voting rounds: starting, voting, ending them, and closing those whose time is up. */
@Component
public class Rounds {

    static final Duration MIN_ROUND = Duration.ofSeconds(15);
    static final Duration MAX_ROUND = Duration.ofHours(1);

    private final WorkshopQueries queries;
    private final RoundQueries rounds;
    private final WorkshopAccess access;
    private final ProposalService proposals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rounds(
            WorkshopQueries queries,
            RoundQueries rounds,
            WorkshopAccess access,
            ProposalService proposals,
            ApplicationEventPublisher events,
            Clock clock) {
        this.queries = queries;
        this.rounds = rounds;
        this.access = access;
        this.proposals = proposals;
        this.events = events;
        this.clock = clock;
    }

    public Round start(WorkshopId id, List<String> itemKeys, int dots, Duration duration) {
        WorkshopRow w = queries.lock(id);
        access.requireManager(w);
        WorkshopAccess.requireOpen(w);
        closeDue(w);
        if (rounds.isRunning(id)) {
            throw new UserFacingException("error.workshop.round-running");
        }
        List<String> keys = List.copyOf(new LinkedHashSet<>(itemKeys == null ? List.of() : itemKeys));
        if (keys.isEmpty()) {
            throw UserFacingException.forField("items", "error.workshop.no-items");
        }
        if (keys.size() > Round.MAX_ITEMS) {
            throw UserFacingException.forField("items", "error.workshop.too-many-items", Round.MAX_ITEMS);
        }
        if (dots < 1 || dots > Round.MAX_DOTS) {
            throw UserFacingException.forField("dots", "error.workshop.dots", Round.MAX_DOTS);
        }
        if (duration == null || duration.compareTo(MIN_ROUND) < 0 || duration.compareTo(MAX_ROUND) > 0) {
            throw UserFacingException.forField("duration", "error.workshop.duration");
        }
        Map<String, String> labels = itemLabels(w);
        for (String key : keys) {
            if (!labels.containsKey(key)) {
                throw UserFacingException.forField("items", "error.workshop.unknown-item");
            }
        }
        RoundId round = RoundId.random();
        Instant now = clock.instant();
        rounds.insert(
                round,
                id,
                dots,
                now,
                now.plus(duration),
                keys.stream().map(k -> new Round.Item(k, labels.get(k))).toList());
        Round started = rounds.round(round);
        events.publishEvent(new WorkshopEvent.RoundChanged(id, w.municipality(), started));
        return started;
    }

    public Map<String, String> votableItems(WorkshopId id) {
        WorkshopRow w = queries.workshop(id);
        access.requireManager(w);
        return itemLabels(w);
    }

    private Map<String, String> itemLabels(WorkshopRow w) {
        Map<String, String> labels = new LinkedHashMap<>();
        queries.proposals(w.id())
                .forEach(p -> proposals.find(p).ifPresent(d -> labels.put("proposal:" + p, d.title())));
        queries.pins(w.id()).forEach(p -> labels.put(p.itemKey(), p.text()));
        return labels;
    }

    public Map<String, Integer> setDots(
            WorkshopId id, RoundId roundId, ParticipantId participant, String itemKey, int count) {
        WorkshopRow w = queries.workshop(id);
        access.requireParticipant(w, participant);
        if (!rounds.lock(roundId, id)) {
            throw new UserFacingException("error.workshop.round-over");
        }
        Round round = rounds.round(roundId);
        if (!round.open()) {
            throw new UserFacingException("error.workshop.round-over");
        }
        if (round.items().stream().noneMatch(i -> i.key().equals(itemKey))) {
            throw new UserFacingException("error.workshop.unknown-item");
        }
        if (count < 0) {
            throw new UserFacingException("error.workshop.no-dots-left", round.dots());
        }
        Map<String, Integer> mine = rounds.dotsOf(roundId, participant);
        int others = mine.entrySet().stream()
                .filter(e -> !e.getKey().equals(itemKey))
                .mapToInt(Map.Entry::getValue)
                .sum();
        if (others + count > round.dots()) {
            throw new UserFacingException("error.workshop.no-dots-left", round.dots());
        }
        rounds.setDots(roundId, participant, itemKey, count);
        events.publishEvent(new WorkshopEvent.DotsChanged(
                id, w.municipality(), roundId, rounds.totals(roundId, round.items()), round.version()));
        mine.put(itemKey, count);
        return mine;
    }

    public Map<String, Integer> myDots(RoundId round, ParticipantId participant) {
        return rounds.dotsOf(round, participant);
    }

    public void end(WorkshopId id, RoundId round) {
        WorkshopRow w = queries.lock(id);
        access.requireManager(w);
        WorkshopAccess.requireOpen(w);
        if (!rounds.belongs(round, id)) {
            throw new UserFacingException("error.workshop.round-over");
        }
        close(w, round);
    }

    /** Ends every round of the workshop that still runs, as the workshop ends. */
    public void endAll(WorkshopRow w) {
        rounds.unended(w.id()).forEach(r -> close(w, r));
    }

    private void close(WorkshopRow w, RoundId round) {
        if (rounds.close(round)) {
            events.publishEvent(new WorkshopEvent.RoundChanged(w.id(), w.municipality(), rounds.round(round)));
        }
    }

    private void closeDue(WorkshopRow w) {
        rounds.due(w.id()).forEach(r -> close(w, r));
    }

    /**
     * Closes rounds whose time is up, on whichever node gets there first (the conditional update
     * lets only one of them announce it).
     */
    @Scheduled(fixedDelayString = "${samskap.workshops.round-check:1s}")
    @Transactional
    public void closeRoundsThatAreDue() {
        rounds.workshopsWithDueRounds().forEach(id -> closeDue(queries.workshop(id)));
    }
}

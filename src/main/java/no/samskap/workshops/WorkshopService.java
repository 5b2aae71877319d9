package no.samskap.workshops;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samskap.proposals.Category;
import no.samskap.proposals.PhaseGate;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.workshops.internal.Ideas;
import no.samskap.workshops.internal.JoinCodes;
import no.samskap.workshops.internal.Joining;
import no.samskap.workshops.internal.ResultsCsv;
import no.samskap.workshops.internal.RoundQueries;
import no.samskap.workshops.internal.Rounds;
import no.samskap.workshops.internal.SharedViews;
import no.samskap.workshops.internal.WorkshopAccess;
import no.samskap.workshops.internal.WorkshopCreation;
import no.samskap.workshops.internal.WorkshopQueries;
import no.samskap.workshops.internal.WorkshopRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs workshops: creating and joining them, idea pins, dot-voting rounds, the facilitator's
 * shared view, and the results. Guests have no account; the participant id the server handed
 * them (kept in their server-side session) is what lets them act, and only in their workshop.
 * This is the module's entry point: it owns the transactions, and hands each job to the class in
 * {@code internal/} that does it (and checks who may).
 */
@Service
public class WorkshopService {

    public static final int MAX_NAME = 60;

    private final WorkshopQueries queries;
    private final RoundQueries roundQueries;
    private final WorkshopAccess access;
    private final WorkshopCreation creation;
    private final Joining joining;
    private final Ideas ideas;
    private final Rounds rounds;
    private final SharedViews views;
    private final ResultsCsv results;
    private final ProposalService proposals;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PhaseGate phases;

    WorkshopService(
            WorkshopQueries queries,
            RoundQueries roundQueries,
            WorkshopAccess access,
            WorkshopCreation creation,
            Joining joining,
            Ideas ideas,
            Rounds rounds,
            SharedViews views,
            ResultsCsv results,
            ProposalService proposals,
            ApplicationEventPublisher events,
            Clock clock,
            PhaseGate phases) {
        this.phases = phases;
        this.clock = clock;
        this.queries = queries;
        this.roundQueries = roundQueries;
        this.access = access;
        this.creation = creation;
        this.joining = joining;
        this.ideas = ideas;
        this.rounds = rounds;
        this.views = views;
        this.results = results;
        this.proposals = proposals;
        this.events = events;
    }

    /** Who joined a workshop, as the server recorded it. */
    public record Joined(WorkshopId workshop, ParticipantId participant, String displayName) implements Serializable {}

    // ---- creating, finding, joining --------------------------------------------------------

    /** Creates a workshop on an area of the municipality; the facilitator joins it at once. */
    @Transactional
    public Joined create(
            MunicipalityId municipality, String title, String areaGeoJson, Collection<ProposalId> proposalIds) {
        return creation.create(municipality, null, title, areaGeoJson, proposalIds);
    }

    /** Creates a workshop that belongs to a process of the municipality (or to none when null). */
    @Transactional
    public Joined create(
            MunicipalityId municipality,
            ProcessId process,
            String title,
            String areaGeoJson,
            Collection<ProposalId> proposalIds) {
        return creation.create(municipality, process, title, areaGeoJson, proposalIds);
    }

    /**
     * A process's workshops for its public page: join codes only for those who may run workshops
     * of the municipality, as in the municipality's list.
     */
    @Transactional(readOnly = true)
    public List<WorkshopSummary> inProcess(ProcessId process) {
        // Join codes by the rights in the process's own municipality, whatever the caller says.
        boolean manager =
                phases.municipality(process).map(access::mayFacilitate).orElse(false);
        return queries.summaries(process).stream()
                .map(w -> manager
                        ? w
                        : new WorkshopSummary(
                                w.id(),
                                w.municipality(),
                                w.title(),
                                "",
                                w.state(),
                                w.facilitatorName(),
                                w.createdAt(),
                                w.participants()))
                .toList();
    }

    /** The workshops of a municipality, for those who may run them; nobody else gets a list of join codes. */
    @Transactional(readOnly = true)
    public List<WorkshopSummary> forMunicipality(MunicipalityId municipality) {
        return access.mayFacilitate(municipality) ? queries.summaries(municipality) : List.of();
    }

    /** Normalises what people type: case, spaces and dashes do not matter. */
    public static String normaliseCode(String code) {
        return JoinCodes.normalise(code);
    }

    /**
     * Joins the open workshop with this code: as the signed-in account (again, if it joined
     * before), or as a guest under the given name. A guest who already joined from this browser
     * ({@code known}) stays the same participant, with the same dots. Failed codes count against
     * the caller's address, cluster-wide, so codes cannot be guessed by trying.
     */
    @Transactional
    public Joined join(String code, String guestName, Collection<ParticipantId> known, String address) {
        return joining.join(code, guestName, known, address);
    }

    /** The signed-in user's participation in a workshop they joined before, e.g. from another browser. */
    @Transactional(readOnly = true)
    public Optional<Joined> rejoin(WorkshopId workshop) {
        return joining.rejoin(workshop);
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The workshop as its room shows it, for its participants and those who may run it. */
    @Transactional(readOnly = true)
    public WorkshopDetails details(WorkshopId id, ParticipantId participant) {
        WorkshopRow w = queries.workshop(id);
        access.requireManagerOrParticipant(w, participant);
        List<ProposalMarker> markers = queries.proposals(id).stream()
                .flatMap(p -> proposals.find(p).stream())
                .map(d -> new ProposalMarker(d.id(), d.title(), d.category(), d.state(), d.lat(), d.lon(), null))
                .toList();
        return new WorkshopDetails(
                w.id(),
                w.municipality(),
                w.title(),
                w.code(),
                w.area(),
                w.facilitator(),
                w.facilitatorName(),
                w.state(),
                w.createdAt(),
                w.endedAt(),
                markers,
                queries.pins(id),
                roundQueries.rounds(id));
    }

    /** The process the workshop belongs to, if any. */
    @Transactional(readOnly = true)
    public Optional<ProcessId> processOf(WorkshopId id) {
        return queries.process(id);
    }

    /** Whether the signed-in user may run this workshop (its facilitator, or a facilitator, official or admin of its municipality). */
    @Transactional(readOnly = true)
    public boolean canManage(WorkshopId id) {
        return queries.find(id).map(access::mayManage).orElse(false);
    }

    /** Whether this participant id belongs to this workshop and to whoever is asking. */
    @Transactional(readOnly = true)
    public boolean isParticipant(WorkshopId id, ParticipantId participant) {
        try {
            access.requireParticipant(queries.workshop(id), participant);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    // ---- ideas -----------------------------------------------------------------------------

    /** Pins an idea inside the workshop's area. */
    @Transactional
    public Pin placePin(WorkshopId id, ParticipantId participant, double lat, double lon, String text) {
        return ideas.place(id, participant, lat, lon, text);
    }

    /** Removes the guest who placed this idea, with their ideas (not drafts); for those who run the workshop. */
    @Transactional
    public List<PinId> removeGuest(WorkshopId id, PinId pin) {
        return ideas.removeGuest(id, pin);
    }

    /** Makes a draft proposal of an idea; the draft is the facilitator's to finish and submit. */
    @Transactional
    public ProposalId convertPin(WorkshopId id, PinId pinId, Category category, String title, String description) {
        return ideas.convert(id, pinId, category, title, description);
    }

    // ---- voting rounds ---------------------------------------------------------------------

    /** Starts a timed round over the chosen ideas and proposals; one round runs at a time. */
    @Transactional
    public Round startRound(WorkshopId id, List<String> itemKeys, int dots, Duration duration) {
        return rounds.start(id, itemKeys, dots, duration);
    }

    /** What can be voted on in this workshop: its ideas and its proposals, by item key. */
    @Transactional(readOnly = true)
    public Map<String, String> votableItems(WorkshopId id) {
        return rounds.votableItems(id);
    }

    /** Puts this many of the participant's dots on one item of the running round. */
    @Transactional
    public Map<String, Integer> setDots(
            WorkshopId id, RoundId roundId, ParticipantId participant, String itemKey, int count) {
        return rounds.setDots(id, roundId, participant, itemKey, count);
    }

    /** The participant's dots in a round, by item key. */
    @Transactional(readOnly = true)
    public Map<String, Integer> myDots(RoundId round, ParticipantId participant) {
        return rounds.myDots(round, participant);
    }

    /** Ends the running round now. */
    @Transactional
    public void endRound(WorkshopId id, RoundId round) {
        rounds.end(id, round);
    }

    // ---- the facilitator's view ------------------------------------------------------------

    /** Shares the facilitator's map view; with follow-me on, participants' maps follow it. */
    public void shareView(WorkshopId id, FacilitatorView view) {
        views.share(id, view);
    }

    /** The facilitator's last shared view, for participants who arrive later. */
    public Optional<FacilitatorView> sharedView(WorkshopId id) {
        return views.current(id);
    }

    // ---- ending and results ----------------------------------------------------------------

    /** Ends the workshop (and any running round); afterwards only the results remain. */
    @Transactional
    public void end(WorkshopId id) {
        WorkshopRow w = queries.lock(id);
        access.requireManager(w);
        WorkshopAccess.requireOpen(w);
        rounds.endAll(w);
        queries.markEnded(id);
        views.forget(id);
        events.publishEvent(access.audited(
                w, clock.instant(), "WORKSHOP_ENDED", "WORKSHOP", id.value().toString(), w.title()));
        events.publishEvent(new WorkshopEvent.Ended(id, w.municipality()));
    }

    /**
     * The results as CSV: every idea and every round's dots per item. For those who run the
     * workshop at any time, and for participants once it has ended.
     */
    @Transactional(readOnly = true)
    public String resultsCsv(WorkshopId id, ParticipantId participant) {
        return results.write(id, participant);
    }
}

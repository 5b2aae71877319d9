package no.samskap.workshops;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.Role;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.Category;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalInput;
import no.samskap.proposals.ProposalMarker;
import no.samskap.proposals.ProposalService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.AccountId;
import no.samskap.shared.GeoJson;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.internal.CsvWriter;
import no.samskap.workshops.internal.WorkshopStructures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import no.samskap.workshops.internal.JoinAttempts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs workshops: creating and joining them, idea pins, dot-voting rounds, the facilitator's
 * shared view, and the results. Guests have no account; the participant id the server handed
 * them (kept in their server-side session) is what lets them act, and only in their workshop.
 */
@Service
public class WorkshopService {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    private static final int CODE_LENGTH = 6;
    public static final int MAX_NAME = 60;
    private static final Duration MIN_ROUND = Duration.ofSeconds(15);
    private static final Duration MAX_ROUND = Duration.ofHours(1);

    private final JdbcClient db;
    private final CurrentUser currentUser;
    private final ProposalService proposals;
    private final MunicipalityService municipalities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IMap<String, FacilitatorView> views;
    private final JoinAttempts attempts;
    private final WorkshopSettings settings;
    private final SecureRandom random = new SecureRandom();

    WorkshopService(JdbcClient db, CurrentUser currentUser, ProposalService proposals,
            MunicipalityService municipalities, ApplicationEventPublisher events, Clock clock,
            HazelcastInstance hazelcast, JoinAttempts attempts, WorkshopSettings settings) {
        this.db = db;
        this.currentUser = currentUser;
        this.proposals = proposals;
        this.municipalities = municipalities;
        this.events = events;
        this.clock = clock;
        this.views = hazelcast.getMap(WorkshopStructures.VIEWS);
        this.attempts = attempts;
        this.settings = settings;
    }

    /** Who joined a workshop, as the server recorded it. */
    public record Joined(WorkshopId workshop, ParticipantId participant, String displayName)
            implements java.io.Serializable {
    }

    // ---- creating and finding ------------------------------------------------------------

    /** Creates a workshop on an area of the municipality; the facilitator joins it at once. */
    @Transactional
    public Joined create(MunicipalityId municipality, String title, String areaGeoJson,
            Collection<ProposalId> proposalIds) {
        SignedInUser user = currentUser.requireWriter();
        if (!mayFacilitate(user, municipality)) {
            throw new AccessDeniedException("error.workshop.not-facilitator");
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw UserFacingException.forField("title", "error.field.required");
        }
        if (cleanTitle.length() > 120) {
            throw UserFacingException.forField("title", "error.field.too-long", 120);
        }
        Geometry area = area(municipality, areaGeoJson);
        List<ProposalId> chosen = List.copyOf(new LinkedHashSet<>(proposalIds == null ? List.of() : proposalIds));
        if (chosen.size() > Round.MAX_ITEMS) {
            throw UserFacingException.forField("proposals", "error.workshop.too-many-proposals", Round.MAX_ITEMS);
        }
        for (ProposalId p : chosen) {
            ProposalDetails d = proposals.find(p).orElseThrow(() ->
                    UserFacingException.forField("proposals", "error.workshop.unknown-proposal"));
            if (!d.municipality().equals(municipality) || d.submittedAt() == null) {
                throw UserFacingException.forField("proposals", "error.workshop.unknown-proposal");
            }
        }
        WorkshopId id = WorkshopId.random();
        db.sql("""
                insert into workshop (id, municipality_id, title, join_code, area_geojson, facilitator_id,
                    facilitator_name, state, created_at)
                values (:id, :m, :title, :code, :area, :facilitator, :name, 'OPEN', :now)""")
                .param("id", id.value()).param("m", municipality.value()).param("title", cleanTitle)
                .param("code", newCode()).param("area", GeoJson.write(area))
                .param("facilitator", user.id().value()).param("name", user.displayName()).param("now", now())
                .update();
        for (ProposalId p : chosen) {
            db.sql("insert into workshop_proposal (workshop_id, proposal_id) values (?, ?)")
                    .params(id.value(), p.value()).update();
        }
        return new Joined(id, insertParticipant(id, user.id(), user.displayName(), false), user.displayName());
    }

    private Geometry area(MunicipalityId municipality, String areaGeoJson) {
        Geometry area;
        try {
            area = GeoJson.parse(areaGeoJson);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.forField("area", "error.workshop.area");
        }
        if (!(area instanceof Polygon) || !area.isValid() || area.getArea() <= 0) {
            throw UserFacingException.forField("area", "error.workshop.area");
        }
        if (!municipalities.contains(municipality, area.getCentroid())) {
            throw UserFacingException.forField("area", "error.workshop.area-outside");
        }
        return area;
    }

    private String newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            boolean taken = db.sql("select count(*) from workshop where join_code = ?").param(code.toString())
                    .query(Integer.class).single() > 0;
            if (!taken) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free join code after 20 attempts");
    }

    /** The workshops of a municipality, for those who may run them; nobody else gets a list of join codes. */
    @Transactional(readOnly = true)
    public List<WorkshopSummary> forMunicipality(MunicipalityId municipality) {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty() || !mayFacilitate(user.get(), municipality) || !notBlocked()) {
            return List.of();
        }
        return db.sql("""
                select w.id, w.municipality_id, w.title, w.join_code, w.state, w.facilitator_name, w.created_at,
                    (select count(*) from workshop_participant p where p.workshop_id = w.id) as participants
                from workshop w where w.municipality_id = ? order by w.created_at desc""")
                .param(municipality.value())
                .query((rs, n) -> new WorkshopSummary(new WorkshopId(uuid(rs, "id")),
                        MunicipalityId.of(rs.getString("municipality_id")), rs.getString("title"),
                        rs.getString("join_code"), WorkshopState.valueOf(rs.getString("state")),
                        rs.getString("facilitator_name"), instant(rs, "created_at"), rs.getInt("participants")))
                .list();
    }

    /** Normalises what people type: case, spaces and dashes do not matter. */
    public static String normaliseCode(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    // ---- joining ---------------------------------------------------------------------------

    /**
     * Joins the open workshop with this code: as the signed-in account (again, if it joined
     * before), or as a guest under the given name. A guest who already joined from this browser
     * ({@code known}) stays the same participant, with the same dots. Failed codes count against
     * the caller's address, cluster-wide, so codes cannot be guessed by trying.
     */
    @Transactional
    public Joined join(String code, String guestName, Collection<ParticipantId> known, String address) {
        Optional<SignedInUser> user = currentUser.get();
        String name = guestName == null ? "" : guestName.strip().replaceAll("\\s+", " ");
        if (user.isEmpty()) {
            // The name first: a missing name must not tell whether a code exists.
            if (name.isEmpty()) {
                throw UserFacingException.forField("name", "error.field.required");
            }
            if (name.length() > MAX_NAME) {
                throw UserFacingException.forField("name", "error.field.too-long", MAX_NAME);
            }
        }
        String clean = normaliseCode(code);
        if (clean.isEmpty()) {
            throw UserFacingException.forField("code", "error.field.required");
        }
        if (attempts.isThrottled(address)) {
            throw UserFacingException.forField("code", "error.workshop.too-many-attempts");
        }
        Optional<Row> workshop = db.sql("select * from workshop where join_code = ?").param(clean)
                .query(WorkshopService::row).optional();
        if (workshop.isEmpty() || !workshop.get().state().equals("OPEN")) {
            attempts.recordFailure(address);
            throw UserFacingException.forField("code", workshop.isEmpty() ? "error.workshop.unknown-code"
                    : "error.workshop.ended");
        }
        WorkshopId id = workshop.get().id();
        if (user.isPresent()) {
            SignedInUser u = currentUser.requireWriter();
            ParticipantId existing = accountParticipant(id, u.id()).orElseGet(() -> {
                try {
                    return insertParticipant(id, u.id(), u.displayName(), false);
                } catch (DuplicateKeyException e) {
                    // The same account joined from another tab at the same moment.
                    return accountParticipant(id, u.id()).orElseThrow(() -> e);
                }
            });
            return new Joined(id, existing, u.displayName());
        }
        for (ParticipantId p : known == null ? List.<ParticipantId>of() : known) {
            Optional<String> earlier = db.sql("""
                    select display_name from workshop_participant
                    where id = ? and workshop_id = ? and account_id is null""")
                    .params(p.value(), id.value()).query(String.class).optional();
            if (earlier.isPresent()) {
                return new Joined(id, p, earlier.get());
            }
        }
        return new Joined(id, insertParticipant(id, null, name, true), name);
    }

    /** The signed-in user's participation in a workshop they joined before, e.g. from another browser. */
    @Transactional(readOnly = true)
    public Optional<Joined> rejoin(WorkshopId workshop) {
        return currentUser.get().flatMap(u -> accountParticipant(workshop, u.id())
                .map(p -> new Joined(workshop, p, u.displayName())));
    }

    private Optional<ParticipantId> accountParticipant(WorkshopId workshop, AccountId account) {
        return db.sql("select id from workshop_participant where workshop_id = ? and account_id = ?")
                .params(workshop.value(), account.value()).query((rs, n) -> new ParticipantId(uuid(rs, "id")))
                .optional();
    }

    private ParticipantId insertParticipant(WorkshopId workshop, AccountId account, String name, boolean guest) {
        ParticipantId id = ParticipantId.random();
        db.sql("""
                insert into workshop_participant (id, workshop_id, account_id, display_name, guest, joined_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id.value(), workshop.value(), account == null ? null : account.value(), name, guest, now())
                .update();
        return id;
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The workshop as its room shows it, for its participants and those who may run it. */
    @Transactional(readOnly = true)
    public WorkshopDetails details(WorkshopId id, ParticipantId participant) {
        Row w = workshop(id);
        if (!mayManage(w)) {
            requireParticipant(w, participant);
        }
        List<ProposalMarker> markers = new ArrayList<>();
        db.sql("select proposal_id from workshop_proposal where workshop_id = ?").param(id.value())
                .query((rs, n) -> new ProposalId(uuid(rs, "proposal_id"))).list()
                .forEach(p -> proposals.find(p).ifPresent(d -> markers.add(new ProposalMarker(d.id(), d.title(),
                        d.category(), d.state(), d.lat(), d.lon(), null))));
        return new WorkshopDetails(w.id(), w.municipality(), w.title(), w.code(), w.area(), w.facilitator(),
                w.facilitatorName(), WorkshopState.valueOf(w.state()), w.createdAt(), w.endedAt(), markers,
                pins(id), rounds(id));
    }

    /** Whether the signed-in user may run this workshop (its facilitator, or a facilitator, official or admin of its municipality). */
    @Transactional(readOnly = true)
    public boolean canManage(WorkshopId id) {
        return db.sql("select * from workshop where id = ?").param(id.value()).query(WorkshopService::row)
                .optional().map(this::mayManage).orElse(false);
    }

    /** Whether this participant id belongs to this workshop and to whoever is asking. */
    @Transactional(readOnly = true)
    public boolean isParticipant(WorkshopId id, ParticipantId participant) {
        try {
            requireParticipant(workshop(id), participant);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private List<Pin> pins(WorkshopId id) {
        return db.sql("""
                select p.*, q.display_name, q.guest from workshop_pin p
                join workshop_participant q on q.id = p.participant_id
                where p.workshop_id = ? order by p.created_at, p.id""").param(id.value())
                .query((rs, n) -> pin(rs)).list();
    }

    private static Pin pin(ResultSet rs) throws SQLException {
        UUID proposal = uuid(rs, "proposal_id");
        return new Pin(new PinId(uuid(rs, "id")), rs.getString("display_name"), rs.getBoolean("guest"),
                rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("text"), instant(rs, "created_at"),
                proposal == null ? null : new ProposalId(proposal));
    }

    private List<Round> rounds(WorkshopId id) {
        return db.sql("select id from workshop_round where workshop_id = ? order by number").param(id.value())
                .query((rs, n) -> new RoundId(uuid(rs, "id"))).list().stream().map(this::round).toList();
    }

    private Round round(RoundId id) {
        Instant now = clock.instant();
        record Head(WorkshopId workshop, int number, int dots, Instant startedAt, Instant endsAt, Instant endedAt,
                long version) {
        }
        Head h = db.sql("select * from workshop_round where id = ?").param(id.value())
                .query((rs, n) -> new Head(new WorkshopId(uuid(rs, "workshop_id")), rs.getInt("number"),
                        rs.getInt("dots"), instant(rs, "started_at"), instant(rs, "ends_at"), instant(rs, "ended_at"),
                        rs.getLong("version")))
                .single();
        List<Round.Item> items = db.sql("select item_key, label from workshop_round_item where round_id = ? order by position")
                .param(id.value()).query((rs, n) -> new Round.Item(rs.getString("item_key"), rs.getString("label")))
                .list();
        boolean open = h.endedAt() == null && now.isBefore(h.endsAt());
        return new Round(id, h.number(), h.dots(), h.startedAt(), h.endsAt(), h.endedAt(), open, items,
                totals(id, items), h.version());
    }

    private Map<String, Integer> totals(RoundId id, List<Round.Item> items) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        items.forEach(i -> totals.put(i.key(), 0));
        db.sql("select item_key, sum(dots) as total from workshop_dot where round_id = ? group by item_key")
                .param(id.value()).query((rs, n) -> Map.entry(rs.getString("item_key"), rs.getInt("total"))).list()
                .forEach(e -> totals.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
        return totals;
    }

    // ---- ideas -----------------------------------------------------------------------------

    /** Pins an idea inside the workshop's area. */
    @Transactional
    public Pin placePin(WorkshopId id, ParticipantId participant, double lat, double lon, String text) {
        Row w = workshop(id);
        requireOpen(w);
        Participant p = requireParticipant(w, participant);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw UserFacingException.forField("text", "error.field.required");
        }
        if (clean.length() > Pin.MAX_TEXT) {
            throw UserFacingException.forField("text", "error.field.too-long", Pin.MAX_TEXT);
        }
        if (!Double.isFinite(lat) || !Double.isFinite(lon)
                || !GeoJson.parse(w.area()).covers(GeoJson.FACTORY.createPoint(new Coordinate(lon, lat)))) {
            throw UserFacingException.forField("location", "error.workshop.pin-outside");
        }
        int placed = db.sql("select count(*) from workshop_pin where participant_id = ?").param(participant.value())
                .query(Integer.class).single();
        if (placed >= settings.maxIdeasEach()) {
            // Enough for any real session; keeps one participant from flooding the room's map.
            throw UserFacingException.forField("text", "error.workshop.too-many-pins", settings.maxIdeasEach());
        }
        Pin pin = new Pin(PinId.random(), p.displayName(), p.guest(), lat, lon, clean, clock.instant(), null);
        db.sql("""
                insert into workshop_pin (id, workshop_id, participant_id, lat, lon, text, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(pin.id().value(), id.value(), participant.value(), lat, lon, clean, utc(pin.createdAt()))
                .update();
        events.publishEvent(new WorkshopEvent.PinPlaced(id, w.municipality(), pin));
        return pin;
    }

    /** Makes a draft proposal of an idea; the draft is the facilitator's to finish and submit. */
    @Transactional
    public ProposalId convertPin(WorkshopId id, PinId pinId, Category category, String title, String description) {
        Row w = workshop(id);
        requireManager(w);
        Pin pin = db.sql("""
                select p.*, q.display_name, q.guest from workshop_pin p
                join workshop_participant q on q.id = p.participant_id where p.id = ? and p.workshop_id = ?""")
                .params(pinId.value(), id.value()).query((rs, n) -> pin(rs)).optional()
                .orElseThrow(() -> new UserFacingException("error.workshop.unknown-pin"));
        if (pin.proposal() != null) {
            throw new UserFacingException("error.workshop.pin-converted");
        }
        if (category == null) {
            throw UserFacingException.forField("category", "error.field.required");
        }
        String point = "{\"type\":\"Point\",\"coordinates\":[" + pin.lon() + "," + pin.lat() + "]}";
        ProposalId proposal = proposals.createDraft(w.municipality(),
                new ProposalInput(title, description, category.name(), point));
        // Conditional, so two quick clicks cannot make two drafts: the second rolls back.
        int marked = db.sql("update workshop_pin set proposal_id = ? where id = ? and proposal_id is null")
                .params(proposal.value(), pinId.value()).update();
        if (marked == 0) {
            throw new UserFacingException("error.workshop.pin-converted");
        }
        events.publishEvent(new WorkshopEvent.PinConverted(id, w.municipality(), pinId, proposal));
        return proposal;
    }

    // ---- voting rounds ---------------------------------------------------------------------

    /** Starts a timed round over the chosen ideas and proposals; one round runs at a time. */
    @Transactional
    public Round startRound(WorkshopId id, List<String> itemKeys, int dots, Duration duration) {
        Row w = lockWorkshop(id);
        requireManager(w);
        requireOpen(w);
        closeDueRounds(id);
        boolean running = db.sql("select count(*) from workshop_round where workshop_id = ? and ended_at is null "
                + "and ends_at > ?").params(id.value(), utc(clock.instant())).query(Integer.class).single() > 0;
        if (running) {
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
        int number = db.sql("select count(*) from workshop_round where workshop_id = ?").param(id.value())
                .query(Integer.class).single() + 1;
        Instant now = clock.instant();
        db.sql("""
                insert into workshop_round (id, workshop_id, number, dots, started_at, ends_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(round.value(), id.value(), number, dots, utc(now), utc(now.plus(duration))).update();
        for (int i = 0; i < keys.size(); i++) {
            db.sql("insert into workshop_round_item (round_id, position, item_key, label) values (?, ?, ?, ?)")
                    .params(round.value(), i, keys.get(i), labels.get(keys.get(i))).update();
        }
        Round started = round(round);
        events.publishEvent(new WorkshopEvent.RoundChanged(id, w.municipality(), started));
        return started;
    }

    /** What can be voted on in this workshop: its ideas and its proposals, by item key. */
    @Transactional(readOnly = true)
    public Map<String, String> votableItems(WorkshopId id) {
        Row w = workshop(id);
        requireManager(w);
        return itemLabels(w);
    }

    private Map<String, String> itemLabels(Row w) {
        Map<String, String> labels = new LinkedHashMap<>();
        db.sql("select proposal_id from workshop_proposal where workshop_id = ?").param(w.id().value())
                .query((rs, n) -> new ProposalId(uuid(rs, "proposal_id"))).list()
                .forEach(p -> proposals.find(p).ifPresent(d -> labels.put("proposal:" + p, d.title())));
        pins(w.id()).forEach(p -> labels.put(p.itemKey(), p.text()));
        return labels;
    }

    /** Puts this many of the participant's dots on one item of the running round. */
    @Transactional
    public Map<String, Integer> setDots(WorkshopId id, RoundId roundId, ParticipantId participant, String itemKey,
            int count) {
        Row w = workshop(id);
        requireParticipant(w, participant);
        // Locks the round: dots of everyone in it, and its end, queue here, so the totals each
        // change announces are complete and numbered in the order they happened.
        int locked = db.sql("update workshop_round set version = version + 1 where id = ? and workshop_id = ?")
                .params(roundId.value(), id.value()).update();
        if (locked == 0) {
            throw new UserFacingException("error.workshop.round-over");
        }
        Round round = round(roundId);
        if (!round.open()) {
            throw new UserFacingException("error.workshop.round-over");
        }
        if (round.items().stream().noneMatch(i -> i.key().equals(itemKey))) {
            throw new UserFacingException("error.workshop.unknown-item");
        }
        if (count < 0) {
            throw new UserFacingException("error.workshop.no-dots-left", round.dots());
        }
        Map<String, Integer> mine = myDots(roundId, participant);
        int others = mine.entrySet().stream().filter(e -> !e.getKey().equals(itemKey)).mapToInt(Map.Entry::getValue).sum();
        if (others + count > round.dots()) {
            throw new UserFacingException("error.workshop.no-dots-left", round.dots());
        }
        int updated = db.sql("update workshop_dot set dots = ? where round_id = ? and participant_id = ? and item_key = ?")
                .params(count, roundId.value(), participant.value(), itemKey).update();
        if (updated == 0) {
            db.sql("insert into workshop_dot (round_id, participant_id, item_key, dots) values (?, ?, ?, ?)")
                    .params(roundId.value(), participant.value(), itemKey, count).update();
        }
        events.publishEvent(new WorkshopEvent.DotsChanged(id, w.municipality(), roundId,
                totals(roundId, round.items()), round.version()));
        mine.put(itemKey, count);
        return mine;
    }

    private boolean roundBelongs(RoundId round, WorkshopId workshop) {
        return db.sql("select count(*) from workshop_round where id = ? and workshop_id = ?")
                .params(round.value(), workshop.value()).query(Integer.class).single() == 1;
    }

    /** The participant's dots in a round, by item key. */
    @Transactional(readOnly = true)
    public Map<String, Integer> myDots(RoundId round, ParticipantId participant) {
        Map<String, Integer> mine = new LinkedHashMap<>();
        db.sql("select item_key, dots from workshop_dot where round_id = ? and participant_id = ?")
                .params(round.value(), participant.value())
                .query((rs, n) -> Map.entry(rs.getString("item_key"), rs.getInt("dots"))).list()
                .forEach(e -> mine.put(e.getKey(), e.getValue()));
        return mine;
    }

    /** Ends the running round now. */
    @Transactional
    public void endRound(WorkshopId id, RoundId round) {
        Row w = lockWorkshop(id);
        requireManager(w);
        requireOpen(w);
        if (!roundBelongs(round, id)) {
            throw new UserFacingException("error.workshop.round-over");
        }
        close(w, round);
    }

    private void close(Row w, RoundId round) {
        Instant now = clock.instant();
        int closed = db.sql("update workshop_round set ended_at = case when ends_at < ? then ends_at else ? end, "
                        + "version = version + 1 where id = ? and ended_at is null")
                .params(utc(now), utc(now), round.value()).update();
        if (closed == 1) {
            events.publishEvent(new WorkshopEvent.RoundChanged(w.id(), w.municipality(), round(round)));
        }
    }

    private void closeDueRounds(WorkshopId id) {
        Row w = workshop(id);
        db.sql("select id from workshop_round where workshop_id = ? and ended_at is null and ends_at <= ?")
                .params(id.value(), utc(clock.instant())).query((rs, n) -> new RoundId(uuid(rs, "id"))).list()
                .forEach(r -> close(w, r));
    }

    /**
     * Closes rounds whose time is up, on whichever node gets there first (the conditional update
     * lets only one of them announce it).
     */
    @Scheduled(fixedDelayString = "${samskap.workshops.round-check:1s}")
    @Transactional
    public void closeRoundsThatAreDue() {
        db.sql("select distinct workshop_id from workshop_round where ended_at is null and ends_at <= ?")
                .param(utc(clock.instant())).query((rs, n) -> new WorkshopId(uuid(rs, "workshop_id"))).list()
                .forEach(this::closeDueRounds);
    }

    // ---- the facilitator's view ------------------------------------------------------------

    /** Shares the facilitator's map view; with follow-me on, participants' maps follow it. */
    public void shareView(WorkshopId id, FacilitatorView view) {
        Row w = workshop(id);
        requireManager(w);
        requireOpen(w);
        if (!Double.isFinite(view.lat()) || !Double.isFinite(view.lon()) || Math.abs(view.lat()) > 90
                || Math.abs(view.lon()) > 180 || view.zoom() < 0 || view.zoom() > 22) {
            throw new IllegalArgumentException("not a map view: " + view);
        }
        views.set(id.toString(), view);
        events.publishEvent(new WorkshopEvent.ViewMoved(id, w.municipality(), view));
    }

    /** The facilitator's last shared view, for participants who arrive later. */
    public Optional<FacilitatorView> sharedView(WorkshopId id) {
        return Optional.ofNullable(views.get(id.toString()));
    }

    // ---- ending and results ----------------------------------------------------------------

    /** Ends the workshop (and any running round); afterwards only the results remain. */
    @Transactional
    public void end(WorkshopId id) {
        Row w = lockWorkshop(id);
        requireManager(w);
        requireOpen(w);
        db.sql("select id from workshop_round where workshop_id = ? and ended_at is null").param(id.value())
                .query((rs, n) -> new RoundId(uuid(rs, "id"))).list().forEach(r -> close(w, r));
        db.sql("update workshop set state = 'ENDED', ended_at = ? where id = ? and state = 'OPEN'")
                .params(now(), id.value()).update();
        views.delete(id.toString());
        events.publishEvent(new WorkshopEvent.Ended(id, w.municipality()));
    }

    /**
     * The results as CSV: every idea and every round's dots per item. For those who run the
     * workshop at any time, and for participants once it has ended.
     */
    @Transactional(readOnly = true)
    public String resultsCsv(WorkshopId id, ParticipantId participant) {
        Row w = workshop(id);
        if (!mayManage(w)) {
            requireParticipant(w, participant);
            if (w.state().equals("OPEN")) {
                throw new AccessDeniedException("error.workshop.results-after-end");
            }
        }
        CsvWriter csv = new CsvWriter();
        csv.row("workshop", "title", "join_code", "state", "created_at", "ended_at");
        csv.row("workshop", w.title(), w.code(), w.state(), String.valueOf(w.createdAt()),
                w.endedAt() == null ? "" : w.endedAt().toString());
        csv.blank();
        csv.row("idea", "id", "text", "author", "guest", "lat", "lon", "created_at", "draft_proposal");
        for (Pin p : pins(id)) {
            csv.row("idea", p.id().toString(), p.text(), p.authorName(), String.valueOf(p.guest()),
                    String.valueOf(p.lat()), String.valueOf(p.lon()), p.createdAt().toString(),
                    p.proposal() == null ? "" : p.proposal().toString());
        }
        csv.blank();
        csv.row("round", "number", "dots_each", "started_at", "ended_at", "item", "label", "dots");
        for (Round r : rounds(id)) {
            for (Round.Item item : r.items()) {
                csv.row("round", String.valueOf(r.number()), String.valueOf(r.dots()), r.startedAt().toString(),
                        r.endedAt() == null ? "" : r.endedAt().toString(), item.key(), item.label(),
                        String.valueOf(r.total(item.key())));
            }
        }
        return csv.toString();
    }

    // ---- rules and rows --------------------------------------------------------------------

    private static boolean mayFacilitate(SignedInUser user, MunicipalityId municipality) {
        return (user.role() == Role.FACILITATOR || user.role() == Role.OFFICIAL || user.role() == Role.ADMIN)
                && user.belongsTo(municipality);
    }

    private boolean mayManage(Row w) {
        return currentUser.get().filter(u -> u.id().equals(w.facilitator()) || mayFacilitate(u, w.municipality()))
                .isPresent() && notBlocked();
    }

    /** Blocking takes effect at once, not at the next login: the account is read again. */
    private boolean notBlocked() {
        try {
            currentUser.requireWriter();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private void requireManager(Row w) {
        if (!mayManage(w)) {
            throw new AccessDeniedException("error.workshop.not-facilitator");
        }
    }

    private static void requireOpen(Row w) {
        if (!w.state().equals("OPEN")) {
            throw new UserFacingException("error.workshop.ended");
        }
    }

    private record Participant(AccountId account, String displayName, boolean guest) {
    }

    private Participant requireParticipant(Row w, ParticipantId participant) {
        if (participant == null) {
            throw new AccessDeniedException("error.workshop.not-participant");
        }
        Participant p = db.sql("select * from workshop_participant where id = ? and workshop_id = ?")
                .params(participant.value(), w.id().value())
                .query((rs, n) -> {
                    UUID account = uuid(rs, "account_id");
                    return new Participant(account == null ? null : new AccountId(account),
                            rs.getString("display_name"), rs.getBoolean("guest"));
                }).optional().orElseThrow(() -> new AccessDeniedException("error.workshop.not-participant"));
        // An account's participation is only ever used by that account, and not once it is blocked.
        if (p.account() != null) {
            if (!currentUser.get().map(u -> u.id().equals(p.account())).orElse(false)) {
                throw new AccessDeniedException("error.workshop.not-participant");
            }
            currentUser.requireWriter();
        }
        return p;
    }

    private record Row(WorkshopId id, MunicipalityId municipality, String title, String code, String area,
            AccountId facilitator, String facilitatorName, String state, Instant createdAt, Instant endedAt) {
    }

    /** The workshop, its row locked until the transaction ends: starting and ending things queue here. */
    private Row lockWorkshop(WorkshopId id) {
        db.sql("select id from workshop where id = ? for update").param(id.value()).query(Object.class).list();
        return workshop(id);
    }

    private Row workshop(WorkshopId id) {
        return db.sql("select * from workshop where id = ?").param(id.value()).query(WorkshopService::row).optional()
                .orElseThrow(() -> new UserFacingException("error.workshop.not-found"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new WorkshopId(uuid(rs, "id")), MunicipalityId.of(rs.getString("municipality_id")),
                rs.getString("title"), rs.getString("join_code"), rs.getString("area_geojson"),
                new AccountId(uuid(rs, "facilitator_id")), rs.getString("facilitator_name"), rs.getString("state"),
                instant(rs, "created_at"), instant(rs, "ended_at"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

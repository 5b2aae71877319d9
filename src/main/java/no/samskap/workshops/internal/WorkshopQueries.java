package no.samskap.workshops.internal;

import static no.samskap.workshops.internal.Sql.instant;
import static no.samskap.workshops.internal.Sql.utc;
import static no.samskap.workshops.internal.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.AccountId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Pin;
import no.samskap.workshops.PinId;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopState;
import no.samskap.workshops.WorkshopSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL for workshops, their participants, proposals and idea pins (rounds have {@link RoundQueries}). */
@Component
public class WorkshopQueries {

    private final JdbcClient db;
    private final Clock clock;

    WorkshopQueries(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A participant as the workshop knows them; {@code account} is null for guests. */
    public record Participant(AccountId account, String displayName, boolean guest) {}

    // ---- workshops -------------------------------------------------------------------------

    public WorkshopRow workshop(WorkshopId id) {
        return find(id).orElseThrow(() -> new UserFacingException("error.workshop.not-found"));
    }

    public Optional<WorkshopRow> find(WorkshopId id) {
        return db.sql("select * from workshop where id = ?")
                .param(id.value())
                .query(WorkshopQueries::row)
                .optional();
    }

    /** The workshop, its row locked until the transaction ends: starting and ending things queue here. */
    public WorkshopRow lock(WorkshopId id) {
        db.sql("select id from workshop where id = ? for update")
                .param(id.value())
                .query(Object.class)
                .list();
        return workshop(id);
    }

    public Optional<WorkshopRow> byCode(String code) {
        return db.sql("select * from workshop where join_code = ?")
                .param(code)
                .query(WorkshopQueries::row)
                .optional();
    }

    public boolean codeTaken(String code) {
        return db.sql("select count(*) from workshop where join_code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(
            WorkshopId id,
            MunicipalityId municipality,
            String title,
            String code,
            String areaGeoJson,
            AccountId facilitator,
            String facilitatorName) {
        db.sql("""
                insert into workshop (id, municipality_id, title, join_code, area_geojson, facilitator_id,
                    facilitator_name, state, created_at)
                values (:id, :m, :title, :code, :area, :facilitator, :name, :state, :now)""")
                .param("id", id.value())
                .param("m", municipality.value())
                .param("title", title)
                .param("code", code)
                .param("area", areaGeoJson)
                .param("facilitator", facilitator.value())
                .param("name", facilitatorName)
                .param("state", WorkshopState.OPEN.name())
                .param("now", utc(clock.instant()))
                .update();
    }

    public void markEnded(WorkshopId id) {
        db.sql("update workshop set state = ?, ended_at = ? where id = ? and state = ?")
                .params(WorkshopState.ENDED.name(), utc(clock.instant()), id.value(), WorkshopState.OPEN.name())
                .update();
    }

    public List<WorkshopSummary> summaries(MunicipalityId municipality) {
        return summaries("w.municipality_id = ?", municipality.value());
    }

    /** A process's workshops, newest first. */
    public List<WorkshopSummary> summaries(ProcessId process) {
        return summaries("w.process_id = ?", process.value());
    }

    /** Puts a new workshop in a process. */
    public void setProcess(WorkshopId workshop, ProcessId process) {
        db.sql("update workshop set process_id = ? where id = ?")
                .params(process.value(), workshop.value())
                .update();
    }

    /** The process the workshop belongs to, if any. */
    public Optional<ProcessId> process(WorkshopId workshop) {
        return db.sql("select process_id from workshop where id = ?")
                .param(workshop.value())
                .query((rs, n) ->
                        Optional.ofNullable(rs.getObject(1, UUID.class)).map(ProcessId::new))
                .optional()
                .flatMap(p -> p);
    }

    private List<WorkshopSummary> summaries(String where, Object value) {
        return db.sql("""
                select w.id, w.municipality_id, w.title, w.join_code, w.state, w.facilitator_name, w.created_at,
                    (select count(*) from workshop_participant p where p.workshop_id = w.id) as participants
                from workshop w""" + " where " + where + " order by w.created_at desc")
                .param(value)
                .query((rs, n) -> new WorkshopSummary(
                        new WorkshopId(uuid(rs, "id")),
                        MunicipalityId.of(rs.getString("municipality_id")),
                        rs.getString("title"),
                        rs.getString("join_code"),
                        WorkshopState.valueOf(rs.getString("state")),
                        rs.getString("facilitator_name"),
                        instant(rs, "created_at"),
                        rs.getInt("participants")))
                .list();
    }

    public void addProposal(WorkshopId workshop, ProposalId proposal) {
        db.sql("insert into workshop_proposal (workshop_id, proposal_id) values (?, ?)")
                .params(workshop.value(), proposal.value())
                .update();
    }

    public List<ProposalId> proposals(WorkshopId workshop) {
        return db.sql("select proposal_id from workshop_proposal where workshop_id = ?")
                .param(workshop.value())
                .query((rs, n) -> new ProposalId(uuid(rs, "proposal_id")))
                .list();
    }

    private static WorkshopRow row(ResultSet rs, int n) throws SQLException {
        return new WorkshopRow(
                new WorkshopId(uuid(rs, "id")),
                MunicipalityId.of(rs.getString("municipality_id")),
                rs.getString("title"),
                rs.getString("join_code"),
                rs.getString("area_geojson"),
                new AccountId(uuid(rs, "facilitator_id")),
                rs.getString("facilitator_name"),
                WorkshopState.valueOf(rs.getString("state")),
                instant(rs, "created_at"),
                instant(rs, "ended_at"));
    }

    // ---- participants ----------------------------------------------------------------------

    public int participantCount(WorkshopId workshop) {
        Integer n = db.sql("select count(*) from workshop_participant where workshop_id = ? and removed_at is null")
                .param(workshop.value())
                .query(Integer.class)
                .single();
        return n == null ? 0 : n;
    }

    /** Who placed this idea, if it is the workshop's: the participant and whether they are a guest. */
    public Optional<ParticipantRef> authorOf(WorkshopId workshop, PinId pin) {
        return db.sql("""
                select q.id, q.guest from workshop_pin p join workshop_participant q on q.id = p.participant_id
                where p.id = ? and p.workshop_id = ? and q.removed_at is null""")
                .params(pin.value(), workshop.value())
                .query((rs, n) -> new ParticipantRef(new ParticipantId(uuid(rs, "id")), rs.getBoolean("guest")))
                .optional();
    }

    /** A participant by id, with whether they joined as a guest. */
    public record ParticipantRef(ParticipantId id, boolean guest) {}

    /**
     * Marks the participant removed and deletes the ideas they placed that are not yet drafts;
     * returns the deleted ideas.
     */
    public List<PinId> removeParticipant(WorkshopId workshop, ParticipantId participant) {
        List<PinId> pins = db.sql("""
                select id from workshop_pin where workshop_id = ? and participant_id = ? and proposal_id is null""")
                .params(workshop.value(), participant.value())
                .query((rs, n) -> new PinId(uuid(rs, "id")))
                .list();
        db.sql("delete from workshop_pin where workshop_id = ? and participant_id = ? and proposal_id is null")
                .params(workshop.value(), participant.value())
                .update();
        db.sql("update workshop_participant set removed_at = ? where id = ? and workshop_id = ?")
                .params(utc(clock.instant()), participant.value(), workshop.value())
                .update();
        return pins;
    }

    public ParticipantId insertParticipant(WorkshopId workshop, AccountId account, String name, boolean guest) {
        ParticipantId id = ParticipantId.random();
        db.sql("""
                insert into workshop_participant (id, workshop_id, account_id, display_name, guest, joined_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        id.value(),
                        workshop.value(),
                        account == null ? null : account.value(),
                        name,
                        guest,
                        utc(clock.instant()))
                .update();
        return id;
    }

    public Optional<ParticipantId> accountParticipant(WorkshopId workshop, AccountId account) {
        return db.sql("select id from workshop_participant where workshop_id = ? and account_id = ?")
                .params(workshop.value(), account.value())
                .query((rs, n) -> new ParticipantId(uuid(rs, "id")))
                .optional();
    }

    /** The name of a guest (not an account) who joined this workshop as this participant. */
    public Optional<String> guestName(WorkshopId workshop, ParticipantId participant) {
        return db.sql("""
                select display_name from workshop_participant
                where id = ? and workshop_id = ? and account_id is null and removed_at is null""")
                .params(participant.value(), workshop.value())
                .query(String.class)
                .optional();
    }

    public Optional<Participant> participant(WorkshopId workshop, ParticipantId participant) {
        return db.sql("select * from workshop_participant where id = ? and workshop_id = ? and removed_at is null")
                .params(participant.value(), workshop.value())
                .query((rs, n) -> {
                    UUID account = uuid(rs, "account_id");
                    return new Participant(
                            account == null ? null : new AccountId(account),
                            rs.getString("display_name"),
                            rs.getBoolean("guest"));
                })
                .optional();
    }

    // ---- idea pins -------------------------------------------------------------------------

    public List<Pin> pins(WorkshopId workshop) {
        return db.sql("""
                select p.*, q.display_name, q.guest from workshop_pin p
                join workshop_participant q on q.id = p.participant_id
                where p.workshop_id = ? order by p.created_at, p.id""").param(workshop.value()).query((rs, n) -> pin(rs)).list();
    }

    public Optional<Pin> pin(WorkshopId workshop, PinId pin) {
        return db.sql("""
                select p.*, q.display_name, q.guest from workshop_pin p
                join workshop_participant q on q.id = p.participant_id where p.id = ? and p.workshop_id = ?""")
                .params(pin.value(), workshop.value())
                .query((rs, n) -> pin(rs))
                .optional();
    }

    public int pinsPlacedBy(ParticipantId participant) {
        return db.sql("select count(*) from workshop_pin where participant_id = ?")
                .param(participant.value())
                .query(Integer.class)
                .single();
    }

    public void insertPin(WorkshopId workshop, ParticipantId participant, Pin pin) {
        db.sql("""
                insert into workshop_pin (id, workshop_id, participant_id, lat, lon, text, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        pin.id().value(),
                        workshop.value(),
                        participant.value(),
                        pin.lat(),
                        pin.lon(),
                        pin.text(),
                        utc(pin.createdAt()))
                .update();
    }

    /** Links the pin to its draft, unless it has one already; false then. */
    public boolean markConverted(PinId pin, ProposalId proposal) {
        return db.sql("update workshop_pin set proposal_id = ? where id = ? and proposal_id is null")
                        .params(proposal.value(), pin.value())
                        .update()
                == 1;
    }

    private static Pin pin(ResultSet rs) throws SQLException {
        UUID proposal = uuid(rs, "proposal_id");
        return new Pin(
                new PinId(uuid(rs, "id")),
                rs.getString("display_name"),
                rs.getBoolean("guest"),
                rs.getDouble("lat"),
                rs.getDouble("lon"),
                rs.getString("text"),
                instant(rs, "created_at"),
                proposal == null ? null : new ProposalId(proposal));
    }
}

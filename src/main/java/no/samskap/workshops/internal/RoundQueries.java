package no.samskap.workshops.internal;

import static no.samskap.workshops.internal.Sql.instant;
import static no.samskap.workshops.internal.Sql.utc;
import static no.samskap.workshops.internal.Sql.uuid;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.Round;
import no.samskap.workshops.RoundId;
import no.samskap.workshops.WorkshopId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL for voting rounds, their items and dots. */
@Component
public class RoundQueries {

    private final JdbcClient db;
    private final Clock clock;

    RoundQueries(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Round> rounds(WorkshopId workshop) {
        return db
                .sql("select id from workshop_round where workshop_id = ? order by number")
                .param(workshop.value())
                .query((rs, n) -> new RoundId(uuid(rs, "id")))
                .list()
                .stream()
                .map(this::round)
                .toList();
    }

    public Round round(RoundId id) {
        Instant now = clock.instant();
        record Head(int number, int dots, Instant startedAt, Instant endsAt, Instant endedAt, long version) {}
        Head h = db.sql("select * from workshop_round where id = ?")
                .param(id.value())
                .query((rs, n) -> new Head(
                        rs.getInt("number"),
                        rs.getInt("dots"),
                        instant(rs, "started_at"),
                        instant(rs, "ends_at"),
                        instant(rs, "ended_at"),
                        rs.getLong("version")))
                .single();
        List<Round.Item> items = db.sql(
                        "select item_key, label from workshop_round_item where round_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> new Round.Item(rs.getString("item_key"), rs.getString("label")))
                .list();
        boolean open = h.endedAt() == null && now.isBefore(h.endsAt());
        return new Round(
                id,
                h.number(),
                h.dots(),
                h.startedAt(),
                h.endsAt(),
                h.endedAt(),
                open,
                items,
                totals(id, items),
                h.version());
    }

    /** Dots per item key, for every item (zero included). */
    public Map<String, Integer> totals(RoundId id, List<Round.Item> items) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        items.forEach(i -> totals.put(i.key(), 0));
        db.sql("select item_key, sum(dots) as total from workshop_dot where round_id = ? group by item_key")
                .param(id.value())
                .query((rs, n) -> Map.entry(rs.getString("item_key"), rs.getInt("total")))
                .list()
                .forEach(e -> totals.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
        return totals;
    }

    public boolean isRunning(WorkshopId workshop) {
        return db.sql("select count(*) from workshop_round where workshop_id = ? and ended_at is null and ends_at > ?")
                        .params(workshop.value(), utc(clock.instant()))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public boolean belongs(RoundId round, WorkshopId workshop) {
        return db.sql("select count(*) from workshop_round where id = ? and workshop_id = ?")
                        .params(round.value(), workshop.value())
                        .query(Integer.class)
                        .single()
                == 1;
    }

    /** Adds a round, numbered after the workshop's earlier ones. */
    public void insert(
            RoundId round, WorkshopId workshop, int dots, Instant start, Instant end, List<Round.Item> items) {
        int number = db.sql("select count(*) from workshop_round where workshop_id = ?")
                        .param(workshop.value())
                        .query(Integer.class)
                        .single()
                + 1;
        db.sql("""
                insert into workshop_round (id, workshop_id, number, dots, started_at, ends_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(round.value(), workshop.value(), number, dots, utc(start), utc(end))
                .update();
        for (int i = 0; i < items.size(); i++) {
            db.sql("insert into workshop_round_item (round_id, position, item_key, label) values (?, ?, ?, ?)")
                    .params(round.value(), i, items.get(i).key(), items.get(i).label())
                    .update();
        }
    }

    /**
     * Locks the round by counting up its version; false if it is not this workshop's. Dots of
     * everyone in it, and its end, queue here, so the totals each change announces are complete
     * and numbered in the order they happened.
     */
    public boolean lock(RoundId round, WorkshopId workshop) {
        return db.sql("update workshop_round set version = version + 1 where id = ? and workshop_id = ?")
                        .params(round.value(), workshop.value())
                        .update()
                == 1;
    }

    /** Ends the round now (or at its end time, if that has passed); false if it had ended already. */
    public boolean close(RoundId round) {
        Instant now = clock.instant();
        return db.sql("update workshop_round set ended_at = case when ends_at < ? then ends_at else ? end, "
                                + "version = version + 1 where id = ? and ended_at is null")
                        .params(utc(now), utc(now), round.value())
                        .update()
                == 1;
    }

    public List<RoundId> unended(WorkshopId workshop) {
        return db.sql("select id from workshop_round where workshop_id = ? and ended_at is null")
                .param(workshop.value())
                .query((rs, n) -> new RoundId(uuid(rs, "id")))
                .list();
    }

    /** This workshop's rounds whose time is up but which nobody has closed yet. */
    public List<RoundId> due(WorkshopId workshop) {
        return db.sql("select id from workshop_round where workshop_id = ? and ended_at is null and ends_at <= ?")
                .params(workshop.value(), utc(clock.instant()))
                .query((rs, n) -> new RoundId(uuid(rs, "id")))
                .list();
    }

    public List<WorkshopId> workshopsWithDueRounds() {
        return db.sql("select distinct workshop_id from workshop_round where ended_at is null and ends_at <= ?")
                .param(utc(clock.instant()))
                .query((rs, n) -> new WorkshopId(uuid(rs, "workshop_id")))
                .list();
    }

    public Map<String, Integer> dotsOf(RoundId round, ParticipantId participant) {
        Map<String, Integer> mine = new LinkedHashMap<>();
        db.sql("select item_key, dots from workshop_dot where round_id = ? and participant_id = ?")
                .params(round.value(), participant.value())
                .query((rs, n) -> Map.entry(rs.getString("item_key"), rs.getInt("dots")))
                .list()
                .forEach(e -> mine.put(e.getKey(), e.getValue()));
        return mine;
    }

    public void setDots(RoundId round, ParticipantId participant, String itemKey, int count) {
        int updated = db.sql(
                        "update workshop_dot set dots = ? where round_id = ? and participant_id = ? and item_key = ?")
                .params(count, round.value(), participant.value(), itemKey)
                .update();
        if (updated == 0) {
            db.sql("insert into workshop_dot (round_id, participant_id, item_key, dots) values (?, ?, ?, ?)")
                    .params(round.value(), participant.value(), itemKey, count)
                    .update();
        }
    }
}

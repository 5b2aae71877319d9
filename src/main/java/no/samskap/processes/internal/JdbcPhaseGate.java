package no.samskap.processes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import no.samskap.proposals.PhaseGate;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers from the process's open phase with one narrow SQL read: votes ask inside their own plain
 * JDBC transaction, where no repository may run.
 */
@Component
class JdbcPhaseGate implements PhaseGate {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private record Open(String municipality, String title, String actions, LocalDate endsOn, boolean closed) {}

    private final JdbcClient db;
    private final Clock clock;

    JdbcPhaseGate(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public MunicipalityId require(ProcessId process, PhaseAction action) {
        Open open = read(process).orElseThrow(() -> new UserFacingException("error.process.not-found"));
        if (open.endsOn() == null) {
            throw new UserFacingException("error.phase.none-open", open.title());
        }
        if (open.closed() || LocalDate.now(clock.withZone(OSLO)).isAfter(open.endsOn())) {
            throw new UserFacingException("error.phase.ended", open.title());
        }
        if (!PhaseEntity.actions(open.actions()).contains(action)) {
            throw new UserFacingException(
                    "error.phase.not-allowed." + action.name().toLowerCase(Locale.ROOT));
        }
        return MunicipalityId.of(open.municipality());
    }

    @Override
    public boolean allows(ProcessId process, PhaseAction action) {
        try {
            require(process, action);
            return true;
        } catch (UserFacingException refused) {
            return false;
        }
    }

    @Override
    public Optional<String> title(ProcessId process) {
        return db.sql("select title from process where id = ?")
                .param(process.value())
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<MunicipalityId> municipality(ProcessId process) {
        return db.sql("select municipality_id from process where id = ?")
                .param(process.value())
                .query(String.class)
                .optional()
                .map(MunicipalityId::of);
    }

    /** The process with its latest opened phase (actions null when no phase was ever opened). */
    private Optional<Open> read(ProcessId process) {
        return db
                .sql("""
                        select p.municipality_id, p.title, ph.actions, ph.ends_on, ph.closed_at
                        from process p
                        left join process_phase ph on ph.process_id = p.id and ph.opened_at is not null
                        where p.id = ?
                        order by ph.position desc
                        """)
                .param(process.value())
                .query((rs, n) -> new Open(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getTimestamp(5) != null))
                .list()
                .stream()
                .findFirst();
    }
}

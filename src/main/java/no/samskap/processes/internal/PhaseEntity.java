package no.samskap.processes.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.processes.Phase;
import no.samskap.processes.PhaseKind;
import no.samskap.processes.PhaseState;
import no.samskap.shared.PhaseAction;

/** One phase of a process. */
@Entity
@Table(name = "process_phase")
public class PhaseEntity {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private PhaseKind kind;

    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    // Comma-separated PhaseAction names: a handful of values, read on every guarded action.
    private String actions;
    private Instant openedAt;
    private Instant closedAt;
    private String summary;
    private Instant summaryAt;
    private String summaryBy;

    protected PhaseEntity() {}

    public PhaseEntity(
            UUID process,
            int position,
            PhaseKind kind,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            Set<PhaseAction> actions) {
        this.key = new Key(process, position);
        this.kind = kind;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.actions = actions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<PhaseAction> actions(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .map(PhaseAction::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PhaseAction.class)));
    }

    public int position() {
        return key.position();
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public PhaseKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public void reschedule(LocalDate start, LocalDate end) {
        this.startsOn = start;
        this.endsOn = end;
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public void open(Instant now) {
        this.openedAt = now;
    }

    public void close(Instant now) {
        if (closedAt == null) {
            this.closedAt = now;
        }
    }

    /** @return true when this is the first summary of the phase (followers are told only then) */
    public boolean summarise(String text, String by, Instant now) {
        boolean first = summaryAt == null;
        this.summary = text;
        this.summaryBy = by;
        this.summaryAt = now;
        return first;
    }

    /** Its state on the given day: an opened phase whose last day is over is closed even if nobody closed it. */
    public PhaseState state(LocalDate today) {
        if (openedAt == null) {
            return PhaseState.PLANNED;
        }
        return closedAt != null || today.isAfter(endsOn) ? PhaseState.CLOSED : PhaseState.OPEN;
    }

    public Phase toApi(LocalDate today) {
        return new Phase(
                key.position(),
                kind,
                name == null || name.isBlank() ? null : name,
                startsOn,
                endsOn,
                actions(actions),
                state(today),
                openedAt,
                closedAt,
                summary,
                summaryAt,
                summaryBy);
    }

    @Embeddable
    public record Key(UUID processId, int position) implements Serializable {}
}

package no.samskap.processes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.samskap.shared.PhaseAction;

/**
 * A phase as the process page shows it.
 *
 * @param name the official's name for it, or null to use the kind's
 * @param summary "what we heard, what changed" (Markdown), once the official has written it
 */
public record Phase(
        int position,
        PhaseKind kind,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        Set<PhaseAction> actions,
        PhaseState state,
        Instant openedAt,
        Instant closedAt,
        String summary,
        Instant summaryAt,
        String summaryBy) {

    public boolean allows(PhaseAction action) {
        return state == PhaseState.OPEN && actions.contains(action);
    }
}

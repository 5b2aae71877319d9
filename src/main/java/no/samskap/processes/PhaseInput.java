package no.samskap.processes;

import java.time.LocalDate;
import java.util.Set;
import no.samskap.shared.PhaseAction;

/**
 * A phase as an official plans it; checked by the service.
 *
 * @param name the phase's own name, or blank to use the kind's name in each reader's language
 */
public record PhaseInput(PhaseKind kind, String name, LocalDate startsOn, LocalDate endsOn, Set<PhaseAction> actions) {

    public PhaseInput {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }
}

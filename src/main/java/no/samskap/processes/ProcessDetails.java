package no.samskap.processes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/** A process as its page shows it, phases in order. */
public record ProcessDetails(
        ProcessId id,
        MunicipalityId municipality,
        String title,
        String description,
        String areaGeoJson,
        ProcessTemplate template,
        List<Phase> phases,
        String createdBy,
        Instant createdAt) {

    /** The open phase, if any. */
    public Optional<Phase> openPhase() {
        return phases.stream().filter(p -> p.state() == PhaseState.OPEN).findFirst();
    }

    /** The phase an official would open next: the first one never opened. */
    public Optional<Phase> nextPhase() {
        return phases.stream().filter(p -> p.state() == PhaseState.PLANNED).findFirst();
    }
}

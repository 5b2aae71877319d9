package no.samskap.processes;

import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/** An official published "what we heard, what changed" for a phase; the process's followers are told. */
public record PhaseSummaryPublished(
        ProcessId process, MunicipalityId municipality, String processTitle, int phasePosition, String officialName) {}

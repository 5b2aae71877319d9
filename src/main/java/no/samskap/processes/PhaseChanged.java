package no.samskap.processes;

import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/** A phase of a process opened, closed or got its summary: open process pages show it at once. */
public record PhaseChanged(ProcessId process, MunicipalityId municipality) implements LiveEvent {}

package no.samskap.impact;

import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/** The process a scenario is made for, as the scenario page names and links it. */
public record ProcessRef(ProcessId id, String title, MunicipalityId municipality) {}

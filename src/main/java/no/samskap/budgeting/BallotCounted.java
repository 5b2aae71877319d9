package no.samskap.budgeting;

import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/** A ballot was confirmed, changed or entered from paper: open results pages recount. */
public record BallotCounted(ProcessId process, MunicipalityId municipality) implements LiveEvent {}

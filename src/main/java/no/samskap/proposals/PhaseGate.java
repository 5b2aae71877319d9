package no.samskap.proposals;

import java.util.Optional;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.PhaseAction;
import no.samskap.shared.ProcessId;

/**
 * Whether a process lets participants do something now. Proposals, votes, comments and workshops
 * that belong to a process ask before they act; the processes module answers from its phases.
 */
public interface PhaseGate {

    /**
     * Refuses, with a message for the user, unless the process's open phase allows the action; the
     * process's municipality otherwise (one read for both).
     */
    MunicipalityId require(ProcessId process, PhaseAction action);

    /** Whether the process's open phase allows the action now (for showing or hiding a button). */
    boolean allows(ProcessId process, PhaseAction action);

    /** The process's title, for a proposal's page to say which process it belongs to. */
    Optional<String> title(ProcessId process);

    /** The municipality the process belongs to; empty when there is no such process. */
    Optional<MunicipalityId> municipality(ProcessId process);
}

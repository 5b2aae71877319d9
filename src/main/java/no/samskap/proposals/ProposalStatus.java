package no.samskap.proposals;

import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/** The few facts a vote needs about its proposal, read without its text or shape; {@code process} may be null. */
public record ProposalStatus(
        ProposalId id, MunicipalityId municipality, ProposalState state, boolean hidden, ProcessId process) {}

package no.samskap.proposals;

import no.samskap.shared.MunicipalityId;

/** The few facts a vote needs about its proposal, read without its text or shape. */
public record ProposalStatus(ProposalId id, MunicipalityId municipality, ProposalState state, boolean hidden) {}

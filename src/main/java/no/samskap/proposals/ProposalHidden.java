package no.samskap.proposals;

import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/** A proposal was hidden pending review, or restored ({@code hidden} false). */
public record ProposalHidden(ProposalId proposal, MunicipalityId municipality, boolean hidden, String reason)
        implements LiveEvent {}

package no.samskap.impact;

import java.util.List;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.MunicipalityId;

/** A saved scenario as its shared link shows it. */
public record SavedScenario(UUID id, MunicipalityId municipality, String name, List<ProposalId> proposals) {}

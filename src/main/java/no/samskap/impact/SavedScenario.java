package no.samskap.impact;

import java.util.List;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/**
 * A saved scenario as its shared link shows it.
 *
 * @param catalogueVersion the factor catalogue version it was saved with, or null for scenarios saved
 *        before versions were recorded
 * @param territorialTonnes the central territorial figure it had when saved, or null
 * @param process the process it was made for, or null
 */
public record SavedScenario(
        UUID id,
        MunicipalityId municipality,
        String name,
        List<ProposalId> proposals,
        String catalogueVersion,
        Double territorialTonnes,
        ProcessId process) {}

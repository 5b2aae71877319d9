package no.samskap.proposals;

import no.samskap.shared.MunicipalityId;

/**
 * Filters for the proposal list; null fields do not filter.
 *
 * @param mineOnly only the current user's proposals, drafts included
 */
public record ProposalQuery(
        MunicipalityId municipality,
        Category category,
        ProposalState state,
        String districtId,
        String text,
        boolean mineOnly) {

    public static ProposalQuery all(MunicipalityId municipality) {
        return new ProposalQuery(municipality, null, null, null, null, false);
    }
}

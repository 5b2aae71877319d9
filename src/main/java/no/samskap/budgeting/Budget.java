package no.samskap.budgeting;

import java.util.List;
import java.util.Optional;
import no.samskap.shared.ProcessId;

/**
 * A process's budget: the money, the rules a ballot must keep, and what is on the ballot.
 *
 * @param minProjects the fewest projects a ballot may choose, or null
 * @param maxProjects the most projects a ballot may choose, or null
 * @param minSharePercent the least share of the budget a ballot must spend (percent), or null
 * @param districts the money set aside per district, empty when the whole budget is one pot
 */
public record Budget(
        ProcessId process,
        long totalNok,
        Integer minProjects,
        Integer maxProjects,
        Integer minSharePercent,
        List<BallotItem> items,
        List<DistrictShare> districts) {

    /** The district share a project is paid from; empty when it is paid from the common part. */
    public Optional<DistrictShare> shareOf(BallotItem item) {
        return districts.stream()
                .filter(d -> d.districtId().equals(item.districtId()))
                .findFirst();
    }

    /** What the district shares leave of the total, for projects in no district with a share. */
    public long commonNok() {
        return totalNok - districts.stream().mapToLong(DistrictShare::amountNok).sum();
    }
}

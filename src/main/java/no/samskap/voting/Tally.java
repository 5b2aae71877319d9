package no.samskap.voting;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import no.samskap.proposals.ProposalId;

/**
 * Support and opposition for one proposal, in total and by stakeholder type.
 *
 * @param version the number of the latest vote change this tally includes; a view keeps the
 *     tally with the highest version, so one that arrives late never overwrites a newer one
 */
public record Tally(
        ProposalId proposal, Map<StakeholderType, Integer> support, Map<StakeholderType, Integer> oppose, long version)
        implements Serializable {

    public Tally {
        support = copy(support);
        oppose = copy(oppose);
    }

    public int supportTotal() {
        return support.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int opposeTotal() {
        return oppose.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether this tally includes a later change than the other. */
    public boolean isNewerThan(Tally other) {
        return other == null || version > other.version;
    }

    public int support(StakeholderType type) {
        return support.getOrDefault(type, 0);
    }

    public int oppose(StakeholderType type) {
        return oppose.getOrDefault(type, 0);
    }

    private static Map<StakeholderType, Integer> copy(Map<StakeholderType, Integer> source) {
        EnumMap<StakeholderType, Integer> map = new EnumMap<>(StakeholderType.class);
        for (StakeholderType t : StakeholderType.values()) {
            map.put(t, source == null ? 0 : source.getOrDefault(t, 0));
        }
        return map;
    }
}

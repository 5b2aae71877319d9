package no.samskap.voting.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.voting.StakeholderType;
import no.samskap.voting.Tally;

/**
 * One proposal's tally: the counted votes by stance and stakeholder, and the number of the latest
 * change. Changed only by {@link TallyVersionRepository#apply}, one atomic UPDATE that adds a
 * {@link TallyChange} and bumps the version, made while holding the row's lock.
 */
@Entity
@Table(name = "vote_tally_version")
public class TallyVersion {

    @Id
    private UUID proposalId;

    private long version;
    private int supportResident;
    private int supportBusiness;
    private int supportOfficial;
    private int opposeResident;
    private int opposeBusiness;
    private int opposeOfficial;

    protected TallyVersion() {}

    public TallyVersion(UUID proposalId) {
        this.proposalId = proposalId;
    }

    /** A tally from a row read as plain columns: version, then support and oppose by resident, business, official. */
    public static Tally fromColumns(UUID proposal, Object[] row) {
        TallyVersion t = new TallyVersion(proposal);
        t.version = ((Number) row[0]).longValue();
        t.supportResident = ((Number) row[1]).intValue();
        t.supportBusiness = ((Number) row[2]).intValue();
        t.supportOfficial = ((Number) row[3]).intValue();
        t.opposeResident = ((Number) row[4]).intValue();
        t.opposeBusiness = ((Number) row[5]).intValue();
        t.opposeOfficial = ((Number) row[6]).intValue();
        return t.toTally();
    }

    public Tally toTally() {
        Map<StakeholderType, Integer> support = new EnumMap<>(StakeholderType.class);
        Map<StakeholderType, Integer> oppose = new EnumMap<>(StakeholderType.class);
        put(support, StakeholderType.RESIDENT, supportResident);
        put(support, StakeholderType.BUSINESS, supportBusiness);
        put(support, StakeholderType.OFFICIAL, supportOfficial);
        put(oppose, StakeholderType.RESIDENT, opposeResident);
        put(oppose, StakeholderType.BUSINESS, opposeBusiness);
        put(oppose, StakeholderType.OFFICIAL, opposeOfficial);
        return new Tally(new ProposalId(proposalId), support, oppose, version);
    }

    private static void put(Map<StakeholderType, Integer> map, StakeholderType type, int count) {
        if (count != 0) {
            map.put(type, count);
        }
    }
}

package no.samskap.voting.internal;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.samskap.proposals.ProposalId;
import no.samskap.voting.StakeholderType;
import no.samskap.voting.Stance;
import no.samskap.voting.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The statements one vote change makes, in plain SQL: a vote is the hottest write in the product,
 * and the entity layer cost more than the database did. Runs in the caller's transaction.
 */
@Component
public class VoteStore {

    /** A stored vote as the change needs it. */
    public record Stored(Stance stance, StakeholderType stakeholder, boolean counted) {}

    /** What a change in one step did: whether anything changed, and the tally after it. */
    public record Outcome(boolean changed, Tally tally) {}

    private final JdbcClient db;
    private final boolean oneStep;

    VoteStore(JdbcClient db, DataSource dataSource) throws MetaDataAccessException {
        this.db = db;
        // PostgreSQL has samskap_vote_change (Flyway, db/vendor/postgresql): one round trip per vote.
        this.oneStep = "PostgreSQL"
                .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    /** Whether {@link #changeInOneStep} is available on this database. */
    public boolean oneStep() {
        return oneStep;
    }

    /**
     * Locks the tally, casts, changes or (with a null stance) withdraws the account's vote and
     * adjusts the counts, in one statement. A concurrent first vote fails on a key, as with the
     * separate steps, and is retried by the caller.
     */
    public Outcome changeInOneStep(UUID proposal, UUID account, Stance stance, StakeholderType who, Instant at) {
        return db.sql("select * from samskap_vote_change(?, ?, ?, ?, ?)")
                .params(proposal, account, stance == null ? null : stance.name(), who.name(), Timestamp.from(at))
                .query((rs, n) -> new Outcome(rs.getBoolean(1), TallyVersion.fromColumns(proposal, new Object[] {
                    rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)
                })))
                .single();
    }

    /** What a vote in one checked statement did: refused (and why), or the change and the tally. */
    public record Checked(String refusal, String municipality, Outcome outcome) {}

    /**
     * The account's block, the proposal's existence, municipality and open state checked and the vote
     * changed, in one statement of its own (PostgreSQL only, {@link #oneStep()}): run it outside a
     * transaction and it commits by itself, one round trip per vote. A refusal changes nothing.
     */
    public Checked changeChecked(
            UUID proposal,
            UUID account,
            Stance stance,
            StakeholderType who,
            Instant at,
            String municipality,
            String[] openStates,
            String[] privateStates) {
        return db.sql("select * from samskap_vote_change_checked(?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[])")
                .params(
                        proposal,
                        account,
                        stance == null ? null : stance.name(),
                        who.name(),
                        Timestamp.from(at),
                        municipality,
                        openStates,
                        privateStates)
                .query((rs, n) -> new Checked(
                        rs.getString(1),
                        rs.getString(2),
                        new Outcome(rs.getBoolean(3), TallyVersion.fromColumns(proposal, new Object[] {
                            rs.getLong(4),
                            rs.getInt(5),
                            rs.getInt(6),
                            rs.getInt(7),
                            rs.getInt(8),
                            rs.getInt(9),
                            rs.getInt(10)
                        }))))
                .single();
    }

    /**
     * Takes the proposal's tally row lock (creating the row for its first vote), which every change
     * to the proposal's votes holds until it commits. A concurrent first insert fails on the key and
     * is retried by the caller.
     */
    public void lock(UUID proposal) {
        int locked = db.sql("update vote_tally_version set version = version where proposal_id = ?")
                .param(proposal)
                .update();
        if (locked == 0) {
            db.sql("insert into vote_tally_version (proposal_id, version) values (?, 0)")
                    .param(proposal)
                    .update();
        }
    }

    public Optional<Stored> find(UUID proposal, UUID account) {
        return db.sql("select stance, stakeholder, counted from vote where proposal_id = ? and account_id = ?")
                .params(proposal, account)
                .query((rs, n) -> new Stored(
                        Stance.valueOf(rs.getString(1)), StakeholderType.valueOf(rs.getString(2)), rs.getBoolean(3)))
                .optional();
    }

    public void insert(UUID proposal, UUID account, Stance stance, StakeholderType who, Instant at) {
        db.sql("insert into vote (proposal_id, account_id, stance, stakeholder, cast_at, counted)"
                        + " values (?, ?, ?, ?, ?, true)")
                .params(proposal, account, stance.name(), who.name(), Timestamp.from(at))
                .update();
    }

    public void change(UUID proposal, UUID account, Stance stance, Instant at) {
        db.sql("update vote set stance = ?, cast_at = ? where proposal_id = ? and account_id = ?")
                .params(stance.name(), Timestamp.from(at), proposal, account)
                .update();
    }

    public void delete(UUID proposal, UUID account) {
        db.sql("delete from vote where proposal_id = ? and account_id = ?")
                .params(proposal, account)
                .update();
    }

    /** Adds the change to the counts and bumps the version, in one statement on the latest committed row. */
    public void apply(UUID proposal, TallyChange change) {
        int r = StakeholderType.RESIDENT.ordinal();
        int b = StakeholderType.BUSINESS.ordinal();
        int o = StakeholderType.OFFICIAL.ordinal();
        db.sql("update vote_tally_version set version = version + 1,"
                        + " support_resident = support_resident + ?, support_business = support_business + ?,"
                        + " support_official = support_official + ?, oppose_resident = oppose_resident + ?,"
                        + " oppose_business = oppose_business + ?, oppose_official = oppose_official + ?"
                        + " where proposal_id = ?")
                .params(
                        change.support[r],
                        change.support[b],
                        change.support[o],
                        change.oppose[r],
                        change.oppose[b],
                        change.oppose[o],
                        proposal)
                .update();
    }

    /** The accounts whose votes on the proposal count. */
    public java.util.List<UUID> countedVoters(UUID proposal) {
        return db.sql("select account_id from vote where proposal_id = ? and counted = true")
                .param(proposal)
                .query(UUID.class)
                .list();
    }

    public Tally read(UUID proposal) {
        return db.sql("select version, support_resident, support_business, support_official, oppose_resident,"
                        + " oppose_business, oppose_official from vote_tally_version where proposal_id = ?")
                .param(proposal)
                .query((rs, n) -> TallyVersion.fromColumns(proposal, new Object[] {
                    rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)
                }))
                .optional()
                .orElseGet(() -> new Tally(new ProposalId(proposal), Map.of(), Map.of(), 0L));
    }
}

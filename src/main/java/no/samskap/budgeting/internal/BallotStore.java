package no.samskap.budgeting.internal;

import java.security.SecureRandom;
import java.sql.SQLTransientException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.samskap.voting.StakeholderType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budgets and ballots in plain SQL. A person's ballot is one row (unique per process and voter)
 * with its choices; confirming again replaces the choices under that row's lock, so concurrent
 * submissions by one person leave exactly their last one.
 */
@Component
public class BallotStore {

    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int ATTEMPTS = 8;

    public record BudgetRow(long totalNok, Integer minProjects, Integer maxProjects, Integer minSharePercent) {}

    public record BallotRow(UUID id, String reference, Instant submittedAt, int changes, List<UUID> choices) {}

    /** Votes for one project from one kind of voter, on paper or not. */
    public record Count(UUID proposal, StakeholderType stakeholder, boolean paper, int votes) {}

    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final SecureRandom random = new SecureRandom();

    BallotStore(JdbcClient db, DataSource dataSource) {
        this.db = db;
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    public Optional<BudgetRow> budget(UUID process) {
        return db.sql(
                        "select total_nok, min_projects, max_projects, min_share_percent from budget where process_id = ?")
                .param(process)
                .query((rs, n) -> new BudgetRow(
                        rs.getLong(1),
                        (Integer) rs.getObject(2, Integer.class),
                        (Integer) rs.getObject(3, Integer.class),
                        (Integer) rs.getObject(4, Integer.class)))
                .optional();
    }

    public void saveBudget(UUID process, BudgetRow row, Instant now) {
        int updated = db.sql("""
                        update budget set total_nok = ?, min_projects = ?, max_projects = ?, min_share_percent = ?,
                            updated_at = ?, version = version + 1
                        where process_id = ?""")
                .params(
                        row.totalNok(),
                        row.minProjects(),
                        row.maxProjects(),
                        row.minSharePercent(),
                        Timestamp.from(now),
                        process)
                .update();
        if (updated == 0) {
            db.sql("""
                            insert into budget (process_id, total_nok, min_projects, max_projects, min_share_percent,
                                updated_at, version)
                            values (?, ?, ?, ?, ?, ?, 0)""")
                    .params(
                            process,
                            row.totalNok(),
                            row.minProjects(),
                            row.maxProjects(),
                            row.minSharePercent(),
                            Timestamp.from(now))
                    .update();
        }
    }

    /** The money set aside per district (district id → NOK); empty when the budget is one pot. */
    public Map<String, Long> districtShares(UUID process) {
        Map<String, Long> shares = new LinkedHashMap<>();
        db.sql("select district_id, amount_nok from budget_district where process_id = ? order by district_id")
                .param(process)
                .query((rs, n) -> shares.put(rs.getString(1), rs.getLong(2)))
                .list();
        return shares;
    }

    /** Replaces the district shares of a budget. */
    public void saveDistrictShares(UUID process, Map<String, Long> shares) {
        db.sql("delete from budget_district where process_id = ?")
                .param(process)
                .update();
        shares.forEach((district, amount) -> db.sql(
                        "insert into budget_district (process_id, district_id, amount_nok) values (?, ?, ?)")
                .params(process, district, amount)
                .update());
    }

    /** The ballot's projects and their cost, in the order they were put on it. */
    public Map<UUID, Long> items(UUID process) {
        Map<UUID, Long> items = new LinkedHashMap<>();
        db.sql("select proposal_id, cost_nok from budget_item where process_id = ? order by proposal_id")
                .param(process)
                .query((rs, n) -> items.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return items;
    }

    public void putItem(UUID process, UUID proposal, long costNok) {
        int updated = db.sql("update budget_item set cost_nok = ? where process_id = ? and proposal_id = ?")
                .params(costNok, process, proposal)
                .update();
        if (updated == 0) {
            db.sql("insert into budget_item (process_id, proposal_id, cost_nok) values (?, ?, ?)")
                    .params(process, proposal, costNok)
                    .update();
        }
    }

    public void removeItem(UUID process, UUID proposal) {
        db.sql("delete from budget_item where process_id = ? and proposal_id = ?")
                .params(process, proposal)
                .update();
    }

    public int ballots(UUID process) {
        return db.sql("select count(*) from ballot where process_id = ?")
                .param(process)
                .query(Integer.class)
                .single();
    }

    public int paperBallots(UUID process) {
        return db.sql("select count(*) from ballot where process_id = ? and paper = true")
                .param(process)
                .query(Integer.class)
                .single();
    }

    public Optional<BallotRow> ballotOf(UUID process, UUID voter) {
        return db.sql("select id, reference, submitted_at, changes from ballot where process_id = ? and voter_id = ?")
                .params(process, voter)
                .query((rs, n) -> new BallotRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getInt(4),
                        List.of()))
                .optional()
                .map(b -> new BallotRow(b.id(), b.reference(), b.submittedAt(), b.changes(), choices(b.id())));
    }

    private List<UUID> choices(UUID ballot) {
        return db.sql("select proposal_id from ballot_choice where ballot_id = ? order by proposal_id")
                .param(ballot)
                .query(UUID.class)
                .list();
    }

    /**
     * Confirms the voter's ballot: the first time a new row, afterwards the same row with the new
     * choices. Runs in its own transaction, which first runs {@code recheck}, and is retried when two
     * submissions of one person meet.
     */
    public BallotRow submit(
            UUID process,
            UUID voter,
            StakeholderType stakeholder,
            Collection<UUID> choices,
            Instant now,
            Runnable recheck) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return transactions.execute(tx -> {
                    // Checks that must hold when the ballot commits, run on this transaction's connection.
                    recheck.run();
                    Optional<BallotRow> existing = db.sql(
                                    "select id, reference, changes from ballot where process_id = ? and voter_id = ? for update")
                            .params(process, voter)
                            .query((rs, n) -> new BallotRow(
                                    rs.getObject(1, UUID.class),
                                    rs.getString(2),
                                    now,
                                    rs.getInt(3) + 1,
                                    List.copyOf(choices)))
                            .optional();
                    BallotRow row;
                    if (existing.isPresent()) {
                        row = existing.get();
                        db.sql("delete from ballot_choice where ballot_id = ?")
                                .param(row.id())
                                .update();
                        db.sql("update ballot set submitted_at = ?, changes = ?, stakeholder = ? where id = ?")
                                .params(Timestamp.from(now), row.changes(), stakeholder.name(), row.id())
                                .update();
                    } else {
                        row = new BallotRow(UUID.randomUUID(), reference(), now, 0, List.copyOf(choices));
                        // A concurrent first submission by the same person fails here on the unique key.
                        db.sql("""
                                        insert into ballot (id, process_id, voter_id, stakeholder, paper, reference,
                                            submitted_at, changes)
                                        values (?, ?, ?, ?, false, ?, ?, 0)""")
                                .params(
                                        row.id(),
                                        process,
                                        voter,
                                        stakeholder.name(),
                                        row.reference(),
                                        Timestamp.from(now))
                                .update();
                    }
                    insertChoices(row.id(), choices);
                    return row;
                });
            } catch (DuplicateKeyException | TransientDataAccessException e) {
                last = e;
            } catch (UncategorizedSQLException e) {
                // H2 reports a clash with another uncommitted first ballot as a transient error of its own.
                if (!(e.getSQLException() instanceof SQLTransientException)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /** Enters a paper ballot: a row of its own, no voter, marked with where it came from. */
    public BallotRow enterPaper(
            UUID process,
            UUID enteredBy,
            StakeholderType stakeholder,
            String source,
            Collection<UUID> choices,
            Instant now) {
        return transactions.execute(tx -> {
            UUID id = UUID.randomUUID();
            String reference = reference();
            db.sql("""
                            insert into ballot (id, process_id, voter_id, stakeholder, paper, paper_source, entered_by,
                                reference, submitted_at, changes)
                            values (?, ?, null, ?, true, ?, ?, ?, ?, 0)""")
                    .params(id, process, stakeholder.name(), source, enteredBy, reference, Timestamp.from(now))
                    .update();
            insertChoices(id, choices);
            return new BallotRow(id, reference, now, 0, List.copyOf(choices));
        });
    }

    /** All of a ballot's choices in one statement: a ballot is confirmed many times a second. */
    private void insertChoices(UUID ballot, Collection<UUID> choices) {
        if (choices.isEmpty()) {
            return;
        }
        String rows = String.join(", ", java.util.Collections.nCopies(choices.size(), "(?, ?)"));
        List<Object> values = new java.util.ArrayList<>();
        for (UUID choice : choices) {
            values.add(ballot);
            values.add(choice);
        }
        db.sql("insert into ballot_choice (ballot_id, proposal_id) values " + rows)
                .params(values)
                .update();
    }

    /** Every project's votes by kind of voter and by paper or not, counted by the database. */
    public List<Count> counts(UUID process) {
        return db.sql("""
                        select c.proposal_id, b.stakeholder, b.paper, count(*)
                        from ballot_choice c join ballot b on b.id = c.ballot_id
                        where b.process_id = ?
                        group by c.proposal_id, b.stakeholder, b.paper""")
                .param(process)
                .query((rs, n) -> new Count(
                        rs.getObject(1, UUID.class),
                        StakeholderType.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        rs.getInt(4)))
                .list();
    }

    /** A short code a person can quote, unambiguous to read aloud (no 0/O, 1/I). */
    private String reference() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE[random.nextInt(CODE.length)]);
        }
        return code.toString();
    }
}

package no.samskap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.support.RequiresOutsideProgram;
import no.samskap.support.TestPostgres;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A drill's own PostgreSQL schema, emptied before each drill, and the people and proposals it needs,
 * written straight into the tables the running nodes created. Enables the drill only when the
 * server answers and the application jar is built ({@code ./mvnw verify} builds it before the drills).
 */
final class DrillDatabase implements ExecutionCondition {

    static final String PASSWORD = "drill-password-7431";
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Files.isRegularFile(AppNode.JAR)) {
            return ConditionEvaluationResult.disabled(
                    "SKIPPED: drills run the built jar " + AppNode.JAR + "; ./mvnw verify builds it first");
        }
        try (Connection c = connect(null)) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + TestPostgres.URL);
        } catch (SQLException e) {
            return RequiresOutsideProgram.missing("Drills need a PostgreSQL server at " + TestPostgres.URL + " (user "
                    + TestPostgres.USER + "): " + e.getMessage());
        }
    }

    static void recreate(String schema) throws SQLException {
        try (Connection c = connect(null);
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
    }

    static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(
                schema == null ? TestPostgres.URL : TestPostgres.urlFor(schema),
                TestPostgres.USER,
                TestPostgres.PASSWORD);
    }

    /** The node arguments that put it on this schema. */
    static List<String> nodeArguments(String schema) {
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + TestPostgres.urlFor(schema),
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=" + TestPostgres.PASSWORD,
                "--spring.flyway.schemas=" + schema);
    }

    /** Residents of Bærum, registered a month ago, all with {@link #PASSWORD}; username to account id. */
    static Map<String, UUID> residents(String schema, List<String> usernames) throws SQLException {
        Map<String, UUID> ids = new HashMap<>();
        try (Connection c = connect(schema);
                PreparedStatement insert = c.prepareStatement("""
                        insert into account (id, username, display_name, email, municipality_id, role,
                                             password_hash, created_at, blocked, version)
                        values (?, ?, ?, ?, 'baerum', 'RESIDENT', ?, ?, false, 0)""")) {
            for (String username : usernames) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, username);
                insert.setString(3, "Person " + username);
                insert.setString(4, username + "@example.org");
                insert.setString(5, HASH);
                insert.setTimestamp(6, Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS)));
                insert.addBatch();
                ids.put(username, id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    /** Every proposal's title by its id. */
    static Map<UUID, String> titles(String schema) throws SQLException {
        Map<UUID, String> titles = new HashMap<>();
        try (Connection c = connect(schema);
                Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("select id, title from proposal")) {
            while (r.next()) {
                titles.put(r.getObject(1, UUID.class), r.getString(2));
            }
        }
        return titles;
    }

    /** Submitted point proposals in Bærum, open for votes, by the given author. */
    static List<UUID> proposals(String schema, UUID author, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = connect(schema);
                PreparedStatement insert = c.prepareStatement("""
                        insert into proposal (id, municipality_id, title, description, category, geometry_kind,
                                              geometry_geojson, centroid_lat, centroid_lon, author_id, author_name,
                                              state, created_at, updated_at, submitted_at, version)
                        values (?, 'baerum', ?, 'Solar panels on a public roof.', 'ROOFTOP_SOLAR', 'Point',
                                ?, ?, ?, ?, 'Drill author', 'SUBMITTED', now(), now(), now(), 0)""")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                double lat = 59.90 + i * 0.001;
                double lon = 10.50 + i * 0.001;
                insert.setObject(1, id);
                insert.setString(2, "Drill proposal " + i);
                insert.setString(3, "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}");
                insert.setDouble(4, lat);
                insert.setDouble(5, lon);
                insert.setObject(6, author);
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    /**
     * Checks that every confirmed vote is stored, each (account, proposal) at most once, all of them
     * in support, and that every tally equals the votes it counts; returns the number of votes.
     */
    static int assertVotesExact(String schema, java.util.Collection<Voter.Acknowledged> confirmed) throws SQLException {
        try (Connection c = connect(schema);
                Statement s = c.createStatement()) {
            java.util.Set<String> stored = new java.util.HashSet<>();
            int rows = 0;
            try (java.sql.ResultSet r = s.executeQuery(
                    "select a.username, v.proposal_id, v.stance from vote v join account a on a.id = v.account_id")) {
                while (r.next()) {
                    rows++;
                    assertThat(r.getString(3)).isEqualTo("SUPPORT");
                    stored.add(r.getString(1) + "/" + r.getObject(2));
                }
            }
            assertThat(stored).as("votes stored once each").hasSize(rows);
            for (Voter.Acknowledged ack : confirmed) {
                assertThat(stored)
                        .as("confirmed vote of %s", ack.username())
                        .contains(ack.username() + "/" + ack.proposal());
            }
            try (java.sql.ResultSet r = s.executeQuery("""
                    select t.proposal_id, t.support_resident + t.support_business + t.support_official,
                           (select count(*) from vote v where v.proposal_id = t.proposal_id and v.counted
                                                        and v.stance = 'SUPPORT')
                    from vote_tally_version t""")) {
                while (r.next()) {
                    assertThat(r.getInt(2)).as("tally of %s", r.getObject(1)).isEqualTo(r.getInt(3));
                }
            }
            return rows;
        }
    }
}

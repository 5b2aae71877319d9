package no.samskap.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import no.samskap.support.RequiresOutsideProgram;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables the PostgreSQL tests when the server answers, and gives them a fresh schema. */
public class PostgresAvailable implements ExecutionCondition {

    /** Set once the schema is fresh; a failed probe is not remembered, so the next test class asks again. */
    private static boolean prepared;

    @Override
    public synchronized ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!prepared) {
            try (Connection c = DriverManager.getConnection(
                            PostgresPersistenceTest.URL,
                            PostgresPersistenceTest.USER,
                            PostgresPersistenceTest.PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + PostgresPersistenceTest.SCHEMA + " cascade");
                s.execute("create schema " + PostgresPersistenceTest.SCHEMA);
                prepared = true;
            } catch (SQLException e) {
                return RequiresOutsideProgram.missing("PostgreSQL tests need a server at " + PostgresPersistenceTest.URL
                        + " (user " + PostgresPersistenceTest.USER + "): " + e.getMessage());
            }
        }
        return ConditionEvaluationResult.enabled("PostgreSQL at " + PostgresPersistenceTest.URL);
    }
}

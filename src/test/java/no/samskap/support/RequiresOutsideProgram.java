package no.samskap.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Skips tests that need a program outside the JVM (a PostgreSQL server, Chromium) when it is
 * missing, saying why; on CI ({@code CI=true}), which installs them, a missing one fails instead.
 */
public final class RequiresOutsideProgram {

    private RequiresOutsideProgram() {}

    public static ConditionEvaluationResult missing(String what) {
        String why = what + " — .ci/run installs it; see the README.";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("FAILED (required on CI): " + why);
        }
        System.err.println("SKIPPED: " + why);
        return ConditionEvaluationResult.disabled("SKIPPED: " + why);
    }
}

package no.samskap.e2e;

import java.nio.file.Files;
import no.samskap.support.RequiresOutsideProgram;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables the browser tests when Chromium is installed. */
public class ChromiumAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Chromium.EXECUTABLE)) {
            return ConditionEvaluationResult.enabled("Chromium at " + Chromium.EXECUTABLE);
        }
        return RequiresOutsideProgram.missing("end-to-end tests need Chromium at " + Chromium.EXECUTABLE
                + " (Debian package 'chromium', or set SAMSKAP_CHROMIUM)");
    }
}

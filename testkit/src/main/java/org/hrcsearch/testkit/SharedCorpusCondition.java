package org.hrcsearch.testkit;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link NeedsSharedCorpus} test when {@code ../shared/corpus} is there; skips it when it is not, printing
 * one line, e.g. {@code RealCorpusTest skipped: ../shared/corpus is missing (set HRC_REQUIRE_CORPUS=1 to fail
 * instead)}; and with {@code HRC_REQUIRE_CORPUS=1} runs it whatever, so that it fails on the missing corpus.
 */
public final class SharedCorpusCondition implements ExecutionCondition {

    /** The environment variable that turns a missing corpus from a skip into a failure. */
    public static final String REQUIRE_ENV = "HRC_REQUIRE_CORPUS";

    static final String SKIP_REASON =
            "skipped: ../shared/corpus is missing (set " + REQUIRE_ENV + "=1 to fail instead)";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isDirectory(ProjectPaths.sharedCorpusLocation())) {
            return ConditionEvaluationResult.enabled("../shared/corpus is there");
        }
        if ("1".equals(System.getenv(REQUIRE_ENV))) {
            return ConditionEvaluationResult.enabled(REQUIRE_ENV + "=1: runs, and fails, without ../shared/corpus");
        }
        System.out.println(context.getDisplayName() + " " + SKIP_REASON);
        return ConditionEvaluationResult.disabled(SKIP_REASON);
    }
}

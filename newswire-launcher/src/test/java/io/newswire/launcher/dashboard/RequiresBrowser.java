package io.newswire.launcher.dashboard;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables a browser test class where no Chromium and chromedriver are installed (a user's machine), saying why in
 * the test report and on the console; CI installs them ({@code .ci/run}), so there the tests run.
 */
final class RequiresBrowser implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Browser.missing().map(reason -> {
            if (context.getTestMethod().isEmpty()) {
                System.err.println("[dashboard] " + context.getDisplayName() + " skipped: " + reason);
            }
            return ConditionEvaluationResult.disabled("browser tests skipped: " + reason);
        }).orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and chromedriver installed"));
    }
}

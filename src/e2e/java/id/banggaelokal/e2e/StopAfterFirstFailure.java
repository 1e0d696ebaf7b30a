package id.banggaelokal.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Skips the remaining steps of a class whose steps build on each other once one has failed, so that
 * the report names the step that broke instead of the ones that followed it.
 */
final class StopAfterFirstFailure implements TestWatcher, ExecutionCondition {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StopAfterFirstFailure.class);

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    classStore(context).put("failed", context.getDisplayName());
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      return ConditionEvaluationResult.enabled("a class");
    }
    String failed = classStore(context).get("failed", String.class);
    return failed == null
        ? ConditionEvaluationResult.enabled("no earlier step failed")
        : ConditionEvaluationResult.disabled("an earlier step failed: " + failed);
  }

  private static ExtensionContext.Store classStore(ExtensionContext context) {
    return context.getParent().orElseThrow().getStore(NAMESPACE);
  }
}

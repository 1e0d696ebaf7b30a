package id.banggaelokal.suite;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a reliability or security suite did: the operations it covered, the requests it sent and the
 * failures it found. Failures are collected rather than thrown at the first one, so that one run
 * shows every finding; {@link #finish()} prints the summary line the build output is read for and
 * then fails the test if anything was found.
 */
public final class SuiteReport {

  private static final int FAILURES_SHOWN = 40;

  private final String name;
  private final Set<String> operations = Collections.synchronizedSet(new HashSet<>());
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  public SuiteReport(String name) {
    this.name = name;
  }

  /** Counts one request sent for an operation (its OpenAPI operation id or another label). */
  public void sent(String operation) {
    operations.add(operation);
    requests.incrementAndGet();
  }

  public void failure(String description) {
    failures.add(description);
  }

  public int requests() {
    return requests.get();
  }

  public int failures() {
    return failures.size();
  }

  /**
   * Prints {@code SUITE <name>: operations=<n> requests=<n> failures=<n>} and fails on findings.
   */
  public void finish() {
    String summary =
        "SUITE %s: operations=%d requests=%d failures=%d"
            .formatted(name, operations.size(), requests.get(), failures.size());
    System.out.println(summary);
    if (!failures.isEmpty()) {
      List<String> shown;
      synchronized (failures) {
        shown = List.copyOf(failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())));
      }
      fail(
          summary
              + "\n  "
              + String.join("\n  ", shown)
              + (failures.size() > FAILURES_SHOWN
                  ? "\n  … and " + (failures.size() - FAILURES_SHOWN) + " more"
                  : ""));
    }
  }
}

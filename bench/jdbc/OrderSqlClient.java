import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the order benchmark's pgbench transaction from plain JDBC threads, each on its own
 * connection with its statements prepared once: what talking to PostgreSQL costs a JVM, with no
 * HTTP, token, JSON or ORM around it. Prints one JSON object: transactions a second and the JVM's
 * CPU milliseconds per transaction, measured after a warm-up.
 *
 * <pre>java -cp postgresql.jar OrderSqlClient.java SCRIPT JDBC_URL THREADS WARMUP_S DURATION_S</pre>
 */
public final class OrderSqlClient {

  public static void main(String[] args) throws Exception {
    List<String> statements = statements(Path.of(args[0]));
    String url = args[1];
    int threads = Integer.parseInt(args[2]);
    long warmup = Long.parseLong(args[3]);
    long duration = Long.parseLong(args[4]);

    AtomicLong transactions = new AtomicLong();
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(() -> run(url, statements, transactions));
      worker.setDaemon(true);
      worker.start();
    }
    Thread.sleep(warmup * 1000);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long countBefore = transactions.get();
    long started = System.nanoTime();
    Thread.sleep(duration * 1000);
    long count = transactions.get() - countBefore;
    long cpu = os.getProcessCpuTime() - cpuBefore;
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "{\"tps\": %.1f, \"jvm_cpu_ms_per_transaction\": %.3f}%n", count / seconds, cpu / 1e6 / count);
    System.exit(0);
  }

  /**
   * The script's statements, one per line, without its begin and commit. The statements of a
   * pipeline ({@code \startpipeline} to {@code \endpipeline}) make one text of several
   * statements, which the driver sends in one round trip, as the service sends the statements it
   * defers to the commit.
   */
  private static List<String> statements(Path script) throws Exception {
    List<String> statements = new ArrayList<>();
    StringBuilder pipeline = null;
    for (String line : Files.readAllLines(script)) {
      String statement = line.strip();
      if (statement.equals("\\startpipeline")) {
        pipeline = new StringBuilder();
        continue;
      }
      if (statement.equals("\\endpipeline")) {
        statements.add(pipeline.toString());
        pipeline = null;
        continue;
      }
      if (statement.endsWith(";")) {
        statement = statement.substring(0, statement.length() - 1);
      }
      if (statement.isEmpty() || statement.equals("begin") || statement.equals("commit")) {
        continue;
      }
      if (pipeline != null) {
        pipeline.append(statement).append(";\n");
      } else {
        statements.add(statement);
      }
    }
    return statements;
  }

  private static void run(String url, List<String> statements, AtomicLong transactions) {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
      connection.setAutoCommit(false);
      List<PreparedStatement> prepared = new ArrayList<>();
      for (String statement : statements) {
        prepared.add(connection.prepareStatement(statement));
      }
      while (true) {
        for (PreparedStatement statement : prepared) {
          if (statement.execute()) {
            try (ResultSet rows = statement.getResultSet()) {
              while (rows.next()) {
                rows.getObject(1);
              }
            }
          }
        }
        connection.commit();
        transactions.incrementAndGet();
      }
    } catch (SQLException e) {
      e.printStackTrace();
      System.exit(1); // a client that stopped would make the figures wrong, not just lower
    }
  }
}

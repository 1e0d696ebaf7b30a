package id.banggaelokal.platform.devdb;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL database for dev and test runs on a machine without a container runtime: the server
 * on 127.0.0.1:5432 when one answers and lets us in, otherwise a private throwaway cluster started
 * from the installed PostgreSQL binaries under {@code target/} (as an unprivileged user when we run
 * as root, since PostgreSQL refuses root) and stopped when the JVM exits.
 */
final class LocalPostgres {

  record Database(String jdbcUrl, String user) {}

  private static final Logger LOG = Logger.getLogger(LocalPostgres.class);
  private static final String USER = "postgres";
  private static final String LOCAL_SERVER = "127.0.0.1:5432";

  /**
   * Where the server is, once chosen. A system property, not a field: Quarkus reads its
   * configuration in more than one class loader of the same JVM, and they must share one server.
   */
  private static final String CHOSEN_SERVER = "banggaelokal.local-postgres.server";

  private LocalPostgres() {}

  /** A database of this name on the local server or on a throwaway cluster, created if absent. */
  static Database provide(String name, Path workDirectory) {
    String server;
    synchronized (System.getProperties()) {
      server = System.getProperty(CHOSEN_SERVER);
      if (server == null) {
        server = canConnect(LOCAL_SERVER) ? LOCAL_SERVER : startThrowawayCluster(workDirectory);
        System.setProperty(CHOSEN_SERVER, server);
      }
    }
    createDatabaseIfAbsent(server, name);
    return new Database("jdbc:postgresql://" + server + "/" + name, USER);
  }

  private static boolean canConnect(String hostAndPort) {
    try (Connection ignored = connect(hostAndPort, "postgres")) {
      return true;
    } catch (SQLException e) {
      LOG.debugf("no usable PostgreSQL at %s: %s", hostAndPort, e.getMessage());
      return false;
    }
  }

  private static Connection connect(String hostAndPort, String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("connectTimeout", "3");
    Connection connection =
        new org.postgresql.Driver()
            .connect("jdbc:postgresql://" + hostAndPort + "/" + database, properties);
    if (connection == null) {
      throw new SQLException("driver refused the URL");
    }
    return connection;
  }

  private static void createDatabaseIfAbsent(String hostAndPort, String name) {
    try (Connection connection = connect(hostAndPort, "postgres");
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (exists.next()) {
          return;
        }
      }
      statement.execute("create database " + name + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      if (!"42P04".equals(e.getSQLState())) {
        throw new IllegalStateException("cannot create database " + name + " at " + hostAndPort, e);
      }
    }
  }

  private static String startThrowawayCluster(Path workDirectory) {
    Path binaries = findBinaries();
    Path home = workDirectory.toAbsolutePath().resolve("local-postgres");
    Path data = home.resolve("data");
    int port = freePort();
    String runAs = isRoot() ? unprivilegedUser() : null;
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        run(
            runAs,
            binaries.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-m",
            "immediate",
            "stop");
      }
      deleteRecursively(home);
      Files.createDirectories(home);
      if (runAs != null) {
        run(null, "chown", "-R", runAs, home.toString());
      }
      run(
          runAs,
          binaries.resolve("initdb").toString(),
          "-D",
          data.toString(),
          "-U",
          USER,
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--no-locale");
      run(
          runAs,
          binaries.resolve("pg_ctl").toString(),
          "-D",
          data.toString(),
          "-w",
          "-t",
          "60",
          "-l",
          home.resolve("server.log").toString(),
          "-o",
          "-p "
              + port
              + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
              + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
          "start");
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a throwaway PostgreSQL cluster", e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        runAs,
                        binaries.resolve("pg_ctl").toString(),
                        "-D",
                        data.toString(),
                        "-m",
                        "fast",
                        "stop");
                    deleteRecursively(home);
                  } catch (IOException | RuntimeException e) {
                    LOG.warnf(
                        "could not stop the throwaway PostgreSQL cluster: %s", e.getMessage());
                  }
                },
                "local-postgres-stop"));
    LOG.infof("started a throwaway PostgreSQL cluster on 127.0.0.1:%d in %s", port, data);
    return "127.0.0.1:" + port;
  }

  private static Path findBinaries() {
    String configured = System.getenv("PG_BIN");
    if (configured != null) {
      return Path.of(configured);
    }
    Path installed = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(installed)) {
      try (Stream<Path> versions = Files.list(installed)) {
        return versions
            .map(version -> version.resolve("bin"))
            .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
            .max(Comparator.comparing(bin -> versionNumber(bin.getParent())))
            .orElseThrow(LocalPostgres::noPostgres);
      } catch (IOException e) {
        throw noPostgres();
      }
    }
    throw noPostgres();
  }

  private static int versionNumber(Path versionDirectory) {
    try {
      return Integer.parseInt(versionDirectory.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static IllegalStateException noPostgres() {
    return new IllegalStateException(
        "No database configured, no container runtime, nothing answering on "
            + LOCAL_SERVER
            + " and no PostgreSQL binaries under /usr/lib/postgresql (or PG_BIN): install"
            + " PostgreSQL or set QUARKUS_DATASOURCE_JDBC_URL");
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static String unprivilegedUser() {
    try {
      return Files.readAllLines(Path.of("/etc/passwd")).stream()
              .anyMatch(line -> line.startsWith(USER + ":"))
          ? USER
          : "nobody";
    } catch (IOException e) {
      return "nobody";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  private static void run(String runAs, String... command) throws IOException {
    List<String> line = new ArrayList<>();
    if (runAs != null) {
      line.addAll(List.of("runuser", "-u", runAs, "--"));
    }
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", line) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

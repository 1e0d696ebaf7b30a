package id.banggaelokal.platform.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Dev and test modes only: when no database is configured and no container runtime is there for
 * Quarkus Dev Services, gives the service a PostgreSQL database of its own, from {@link
 * LocalPostgres}. Low priority: any configured {@code quarkus.datasource.jdbc.url} wins, and the
 * production profile never gets here.
 */
public class LocalPostgresConfigSourceFactory implements ConfigSourceFactory {

  private static final String URL = "quarkus.datasource.jdbc.url";
  private static final String ENABLED = "banggaelokal.local-postgres.enabled";
  private static final int ORDINAL = 100;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    List<String> profiles = context.getProfiles();
    boolean test = profiles.contains("test");
    if (!test && !profiles.contains("dev")) {
      return List.of();
    }
    if (isSet(context.getValue(URL)) || "false".equals(valueOf(context.getValue(ENABLED)))) {
      return List.of();
    }
    if (containerRuntimeAvailable() && !"true".equals(valueOf(context.getValue(ENABLED)))) {
      return List.of();
    }
    LocalPostgres.Database database =
        LocalPostgres.provide(test ? "banggaelokal_test" : "banggaelokal_dev", Path.of("target"));
    return List.of(
        new PropertiesConfigSource(
            Map.of(
                URL,
                database.jdbcUrl(),
                "quarkus.datasource.username",
                database.user(),
                "quarkus.datasource.password",
                "",
                "quarkus.datasource.devservices.enabled",
                "false"),
            "local-postgres",
            ORDINAL));
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(ORDINAL);
  }

  private static boolean isSet(ConfigValue value) {
    return value != null && value.getValue() != null && !value.getValue().isBlank();
  }

  private static String valueOf(ConfigValue value) {
    return value == null ? null : value.getValue();
  }

  /** Whether Quarkus Dev Services could start a PostgreSQL container instead. */
  private static boolean containerRuntimeAvailable() {
    if (System.getenv("DOCKER_HOST") != null) {
      return true;
    }
    String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
    return Files.exists(Path.of("/var/run/docker.sock"))
        || (runtimeDir != null && Files.exists(Path.of(runtimeDir, "podman", "podman.sock")));
  }
}

package id.banggaelokal.e2e;

/**
 * Where the running service and Keycloak are, from the environment scripts/e2e.sh sets up (or
 * system properties of the same names in lower case with dots).
 */
final class E2eConfig {

  private E2eConfig() {}

  /** Base URL of the packaged service, e.g. {@code http://127.0.0.1:8089}. */
  static String apiUrl() {
    return value("E2E_API_URL");
  }

  /** Keycloak's token endpoint of the bangga-elokal realm. */
  static String tokenUrl() {
    return value("E2E_TOKEN_URL");
  }

  private static String value(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      value = System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
    }
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run the suite with scripts/e2e.sh");
    }
    return value;
  }
}

package id.banggaelokal.suite;

import static io.restassured.RestAssured.given;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.order.OrderFixtures;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * QUALITY.md "Database faults", in-process half: direct orders are placed from several threads
 * while another thread keeps terminating the service's PostgreSQL connections (only the pool's:
 * they carry the service's {@code ApplicationName}). Then every 2xx answer must have its order
 * stored exactly once, every failure must be a clean 503 problem with {@code Retry-After} (or the
 * documented 409 while a retry of the same key is still running), a retry of every failed key must
 * end in exactly one order, and the outbox must hold exactly one notification per order. The full
 * PostgreSQL restart is {@code scripts/db-fault-restart.sh}.
 *
 * <p>The checks read the database through a connection of their own, not the service's pool.
 */
@QuarkusTest
class DatabaseFaultSuiteTest {

  private static final int CLIENTS = 6;
  private static final long LOAD_MILLIS = 12_000;
  private static final String OPERATION = "placeDirectOrder";
  private static final String PROBLEM = "application/problem+json";

  private final SuiteReport report = new SuiteReport("db-faults");

  /** One request sent, and what it was answered. */
  private record Answer(
      String key,
      boolean retry,
      int status,
      String contentType,
      String retryAfter,
      String body,
      Long id) {

    boolean success() {
      return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
      String shown = body == null ? "" : body.substring(0, Math.min(300, body.length()));
      return "key " + key + ": " + status + " " + contentType + " " + shown;
    }
  }

  @Test
  void ordersPlacedWhileTheServicesConnectionsAreKilledAreStoredExactlyOnce() throws Exception {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));
    Map<String, Object> order = OrderFixtures.direct(OrderFixtures.line(listing, 10));

    List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    Set<String> keys = Collections.synchronizedSet(new java.util.LinkedHashSet<>());
    answers.add(place(buyer, order, newKey(keys), false)); // everything warm before the faults

    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicInteger killed = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(CLIENTS + 1);
    Future<?> killer = threads.submit(() -> killConnections(loading, killed));
    List<Future<?>> clients = new ArrayList<>();
    long end = System.currentTimeMillis() + LOAD_MILLIS;
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(
          threads.submit(
              () -> {
                while (System.currentTimeMillis() < end) {
                  String key = newKey(keys);
                  Answer first = place(buyer, order, key, false);
                  answers.add(first);
                  if (first.status() == 503) {
                    answers.add(place(buyer, order, key, true)); // at once, as an eager client
                  }
                }
                return null;
              }));
    }
    for (Future<?> client : clients) {
      client.get(LOAD_MILLIS + 120_000, TimeUnit.MILLISECONDS);
    }
    loading.set(false);
    killer.get(30, TimeUnit.SECONDS);
    threads.shutdown();

    if (killed.get() == 0) {
      report.failure("no connection of the service was terminated: the suite proved nothing");
    }
    readinessComesBack();

    // Every answer during the faults: a 2xx, a clean 503 problem, or a documented 409.
    Map<String, String> answered = new HashMap<>(); // key -> order id answered, or null
    Map<Integer, Integer> byStatus = new TreeMap<>();
    synchronized (answers) {
      for (Answer answer : answers) {
        byStatus.merge(answer.status(), 1, Integer::sum);
        judge(answer);
        if (answer.success()) {
          String before = answered.put(answer.key(), String.valueOf(answer.id()));
          if (before != null && !before.equals(String.valueOf(answer.id()))) {
            report.failure(
                "key " + answer.key() + " answered orders " + before + " and " + answer.id());
          }
        }
      }
    }
    System.out.printf(
        "db-faults: %d keys, answers by status %s, %d connections terminated%n",
        keys.size(), byStatus, killed.get());

    // Retry every key that got no 2xx, with the same key and body: exactly one order each.
    List<String> failedKeys;
    synchronized (keys) {
      failedKeys = keys.stream().filter(key -> !answered.containsKey(key)).toList();
    }
    for (String key : failedKeys) {
      Answer retry = place(buyer, order, key, true);
      if (retry.success()) {
        answered.put(key, String.valueOf(retry.id()));
      } else {
        report.failure("retry after the faults did not place the order: " + retry);
      }
    }

    checkStored(buyer, seller, answered, keys);
    report.finish();
  }

  private static String newKey(Set<String> keys) {
    String key = UUID.randomUUID().toString();
    keys.add(key);
    return key;
  }

  private Answer place(Buyer buyer, Map<String, Object> order, String key, boolean retry) {
    report.sent(OPERATION);
    Response response =
        given()
            .config(TIMEOUTS)
            .auth()
            .oauth2(buyer.token())
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(order)
            .post(OrderFixtures.PATH);
    String body = response.asString();
    Long id = null;
    if (response.statusCode() == 201) {
      Number number = response.jsonPath().get("id");
      id = number == null ? null : number.longValue();
    }
    return new Answer(
        key,
        retry,
        response.statusCode(),
        response.contentType(),
        response.header("Retry-After"),
        body,
        id);
  }

  private static final RestAssuredConfig TIMEOUTS =
      RestAssured.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.connection.timeout", 5_000)
                  .setParam("http.socket.timeout", 30_000));

  private void judge(Answer answer) {
    int status = answer.status();
    if (status == 201) {
      if (answer.id() == null) {
        report.failure("201 without an order id: " + answer);
      }
      return;
    }
    boolean problem = answer.contentType() != null && answer.contentType().startsWith(PROBLEM);
    if (status == 503) {
      if (!problem || answer.retryAfter() == null || !answer.body().contains("\"status\":503")) {
        report.failure("503 that is not a clean problem with Retry-After: " + answer);
      }
      return;
    }
    if (status == 409 && answer.retry() && problem && answer.body().contains("\"status\":409")) {
      return; // a retry of the same key while the first request still runs (README)
    }
    report.failure("unexpected answer while connections were killed: " + answer);
  }

  /** Readiness must be UP again after the faults, without restarting anything. */
  private void readinessComesBack() throws InterruptedException {
    long until = System.currentTimeMillis() + 20_000;
    int status = 0;
    while (System.currentTimeMillis() < until) {
      report.sent("readiness");
      status = given().config(TIMEOUTS).get("/q/health/ready").statusCode();
      if (status == 200) {
        return;
      }
      Thread.sleep(250);
    }
    report.failure("readiness did not come back UP after the faults (last status " + status + ")");
  }

  // --- The faults -----------------------------------------------------------------------------

  private static String config(String name) {
    return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse("");
  }

  private static Connection ownConnection(String applicationName) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", config("quarkus.datasource.username"));
    properties.setProperty("password", config("quarkus.datasource.password"));
    properties.setProperty("ApplicationName", applicationName);
    return DriverManager.getConnection(config("quarkus.datasource.jdbc.url"), properties);
  }

  /** Terminates every connection of the service's pool, again and again, until told to stop. */
  private Void killConnections(AtomicBoolean loading, AtomicInteger killed) throws Exception {
    String pool = config("quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName");
    if (pool.isBlank()) {
      report.failure("the service's connections carry no ApplicationName to tell them apart");
      return null;
    }
    try (Connection connection = ownConnection("db-faults-killer");
        PreparedStatement kill =
            connection.prepareStatement(
                """
                select count(*) filter (where pg_terminate_backend(pid))
                  from pg_stat_activity
                 where datname = current_database()
                   and pid <> pg_backend_pid()
                   and application_name = ?
                """)) {
      kill.setString(1, pool);
      Thread.sleep(500);
      while (loading.get()) {
        try (ResultSet rows = kill.executeQuery()) {
          rows.next();
          killed.addAndGet(rows.getInt(1));
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(200, 1000));
      }
    }
    return null;
  }

  // --- What was stored ------------------------------------------------------------------------

  private void checkStored(
      Buyer buyer, Seller seller, Map<String, String> answered, Set<String> keys)
      throws SQLException {
    try (Connection connection = ownConnection("db-faults-check")) {
      // Each key: one stored response, naming the order every 2xx answered for it.
      Map<String, String> storedByKey = new LinkedHashMap<>();
      Map<String, Integer> rowsByKey = new HashMap<>();
      try (PreparedStatement rows =
          connection.prepareStatement(
              "select key, response_location from idempotency_key where key = any (?)")) {
        rows.setArray(1, connection.createArrayOf("text", keys.toArray()));
        try (ResultSet row = rows.executeQuery()) {
          while (row.next()) {
            rowsByKey.merge(row.getString(1), 1, Integer::sum);
            String location = row.getString(2);
            storedByKey.put(
                row.getString(1),
                location == null ? null : location.substring(location.lastIndexOf('/') + 1));
          }
        }
      }
      for (String key : keys) {
        int rows = rowsByKey.getOrDefault(key, 0);
        if (rows != 1) {
          report.failure("key " + key + " is stored " + rows + " times");
        } else if (!storedByKey.get(key).equals(answered.get(key))) {
          report.failure(
              "key "
                  + key
                  + " was answered order "
                  + answered.get(key)
                  + " but stored order "
                  + storedByKey.get(key));
        }
      }

      // Each order: exactly one of each row written with it, and no order without a key.
      Map<Long, long[]> orders = new TreeMap<>();
      try (PreparedStatement rows =
          connection.prepareStatement(
              """
              select o.id,
                     (select count(*) from notification n where n.order_id = o.id),
                     (select count(*) from notification n
                       where n.order_id = o.id and n.event = 'order.placed'
                         and n.recipient_kind = 'SUPPLIER' and n.recipient_id = ?),
                     (select count(*) from order_event e
                       where e.order_id = o.id and e.action = 'order.placed'),
                     (select count(*) from audit_log a
                       where a.entity_type = 'order' and a.entity_id = o.id::text
                         and a.action = 'order.placed')
                from purchase_order o
               where o.work_unit_code = ?
              """)) {
        rows.setString(1, String.valueOf(seller.supplierId()));
        rows.setString(2, buyer.workUnit());
        try (ResultSet row = rows.executeQuery()) {
          while (row.next()) {
            orders.put(
                row.getLong(1),
                new long[] {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)});
          }
        }
      }
      if (orders.size() != keys.size()) {
        report.failure(keys.size() + " keys but " + orders.size() + " orders stored");
      }
      Set<String> answeredIds = Set.copyOf(answered.values());
      for (Map.Entry<Long, long[]> stored : orders.entrySet()) {
        long[] counts = stored.getValue();
        String id = String.valueOf(stored.getKey());
        if (!answeredIds.contains(id)) {
          report.failure("order " + id + " is stored but no key answered it");
        }
        if (counts[0] != 1 || counts[1] != 1) {
          report.failure(
              "order " + id + " has " + counts[0] + " outbox rows (" + counts[1] + " expected)");
        }
        if (counts[2] != 1 || counts[3] != 1) {
          report.failure(
              "order " + id + " has " + counts[2] + " placed events, " + counts[3] + " audits");
        }
      }
    }
  }
}

package id.banggaelokal.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.lock.AdvisoryLocks;
import id.banggaelokal.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a creating POST at most once per {@code Idempotency-Key} (per caller), as API.md says: a
 * retry with the same key and body gets the first response again, the same key with another body is
 * refused (422), and a retry while the first request is still running is refused (409).
 *
 * <p>The key is stored in PostgreSQL in the same transaction as what the request created, under a
 * unique constraint, so this holds across service replicas; a transaction-scoped advisory lock on
 * the key tells a concurrent retry that the first request is still running.
 */
@ApplicationScoped
public class IdempotentCreation {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  private final TransactionSql sql;
  private final AdvisoryLocks locks;
  private final ObjectMapper json;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final Duration retention;

  IdempotentCreation(
      TransactionSql sql,
      AdvisoryLocks locks,
      ObjectMapper json,
      CurrentUser currentUser,
      Clock clock,
      @ConfigProperty(name = "banggaelokal.idempotency.retention", defaultValue = "P1D")
          Duration retention) {
    this.sql = sql;
    this.locks = locks;
    this.json = json;
    this.currentUser = currentUser;
    this.clock = clock;
    this.retention = retention;
  }

  /**
   * Runs {@code creation} unless this key already created something; then answers with what it
   * answered the first time.
   *
   * @param key the client's {@code Idempotency-Key}, or null to run without one
   * @param operation names the operation, so that one key cannot be replayed on another one
   * @param request the request body, whose content identifies a retry
   * @param creation creates the resource and answers 2xx (or throws)
   */
  @Transactional
  public Response run(String key, String operation, Object request, Supplier<Response> creation) {
    if (key == null) {
      return creation.get();
    }
    if (!KEY.matcher(key).matches()) {
      throw ApiException.invalid(HEADER, "idempotency.key.invalid");
    }
    String scope = currentUser.actorId();
    String fingerprint = fingerprint(operation, request);
    if (!locks.tryLock("idempotency", scope + '\n' + key)) {
      throw ApiException.conflict("idempotency.in-progress");
    }
    List<StoredResponse> stored = find(scope, key);
    if (!stored.isEmpty()) {
      StoredResponse first = stored.get(0);
      if (!first.fingerprint().equals(fingerprint)) {
        throw ApiException.businessRule("idempotency.key.reused");
      }
      return first.replay();
    }
    Response response = creation.get();
    if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
      return response;
    }
    String body = response.hasEntity() ? toJson(response.getEntity()) : null;
    store(scope, key, fingerprint, response, body);
    // The stored JSON is the body: serialized once, and the first answer is byte for byte a replay.
    return body == null
        ? response
        : Response.fromResponse(response)
            .entity(body)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .build();
  }

  /**
   * The live response stored for this key, if any; an expired one is deleted on the way, so that
   * the key can be used again. One statement: the deleting CTE and the query see the same snapshot,
   * hence the expiry condition in both. It runs after the key's lock is taken, in a statement of
   * its own, so that its snapshot includes whatever the lock's previous holder committed.
   */
  private List<StoredResponse> find(String scope, String key) {
    return sql.query(
        """
        with expired as (
          delete from idempotency_key
           where scope = ? and key = ? and expires_at < now())
        select fingerprint, response_status, response_body, response_location, response_etag
          from idempotency_key
         where scope = ? and key = ? and expires_at >= now()
        """,
        row ->
            new StoredResponse(
                row.getString(1),
                row.getInt(2),
                row.getString(3),
                row.getString(4),
                row.getString(5)),
        scope,
        key,
        scope,
        key);
  }

  private void store(String scope, String key, String fingerprint, Response response, String body) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    // Written with the commit: until then a retry finds the key's lock held.
    sql.beforeCommit(
        """
        insert into idempotency_key (scope, key, fingerprint, response_status, response_body,
                                     response_location, response_etag, created_at, expires_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        scope,
        key,
        fingerprint,
        response.getStatus(),
        body,
        response.getLocation() == null ? null : response.getLocation().toString(),
        response.getEntityTag() == null ? null : response.getEntityTag().getValue(),
        now,
        now.plus(retention));
  }

  private String fingerprint(String operation, Object request) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(operation.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(json.writeValueAsBytes(request));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("cannot fingerprint request", e);
    }
  }

  private String toJson(Object entity) {
    try {
      return json.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store response", e);
    }
  }

  private record StoredResponse(
      String fingerprint, int status, String body, String location, String etag) {

    Response replay() {
      Response.ResponseBuilder replay =
          Response.status(status).header("Idempotent-Replayed", "true");
      if (body != null) {
        replay.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
      }
      if (location != null) {
        replay.header(HttpHeaders.LOCATION, location);
      }
      if (etag != null) {
        replay.tag(new EntityTag(etag));
      }
      return replay.build();
    }
  }
}

package id.banggaelokal.platform.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/** Recognises, in an exception's cause chain, faults that are not bugs of ours. */
final class Faults {

  enum Kind {
    /** The database cannot be reached or went away: 503, the client may retry. */
    DATABASE_UNAVAILABLE,
    /**
     * The identity provider cannot be reached to fetch its signing keys: 503, the client may retry
     * (the token itself was not judged).
     */
    IDENTITY_PROVIDER_UNAVAILABLE,
    /** Two transactions changed the same thing at once: 409, the client may retry. */
    CONCURRENT_CHANGE,
    /** A unique constraint caught a duplicate that the service did not check first: 409. */
    DUPLICATE,
    /** The database refused a value (out of range, bad encoding) that validation let through. */
    INVALID_DATA,
    /** The request body could not be read (a broken multipart body, a dropped connection). */
    UNREADABLE_REQUEST,
    UNKNOWN
  }

  private Faults() {}

  static Kind classify(Throwable failure) {
    if (failure instanceof java.io.IOException
        || failure instanceof MultipartParser.MalformedMessageException) {
      return Kind.UNREADABLE_REQUEST; // a multipart body whose part headers are cut off
    }
    if (failure instanceof IllegalArgumentException
        && failure.getMessage() != null
        && failure.getMessage().startsWith("Failed to parse media type")) {
      return Kind.UNREADABLE_REQUEST; // a Content-Type header that is not a media type
    }
    return classify(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /**
   * Looks along the cause chain first, then into the exceptions suppressed along it: a commit that
   * failed in the database surfaces as the transaction manager's {@code RollbackException}, which
   * carries the resource's {@code XAException} (and its {@code SQLException}) only as suppressed.
   */
  private static Kind classify(Throwable failure, Set<Throwable> seen) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      chain.add(t);
      Kind kind = kindOf(t);
      if (kind != Kind.UNKNOWN) {
        return kind;
      }
    }
    for (Throwable t : chain) {
      for (Throwable suppressed : t.getSuppressed()) {
        Kind kind = classify(suppressed, seen);
        if (kind != Kind.UNKNOWN) {
          return kind;
        }
      }
    }
    return Kind.UNKNOWN;
  }

  private static Kind kindOf(Throwable t) {
    if (t instanceof io.quarkus.oidc.OIDCException) {
      return Kind.IDENTITY_PROVIDER_UNAVAILABLE;
    }
    if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
      return Kind.DATABASE_UNAVAILABLE;
    }
    if (t instanceof jakarta.persistence.OptimisticLockException
        || t instanceof org.hibernate.StaleStateException) {
      return Kind.CONCURRENT_CHANGE;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      if (state.startsWith("08") || state.startsWith("57P")) {
        return Kind.DATABASE_UNAVAILABLE;
      }
      if (state.equals("40001") || state.equals("40P01")) {
        return Kind.CONCURRENT_CHANGE;
      }
      if (state.equals("23505")) {
        return Kind.DUPLICATE;
      }
      if (state.startsWith("22")) {
        return Kind.INVALID_DATA;
      }
    }
    if (t instanceof SQLException sql
        && sql.getMessage() != null
        && sql.getMessage().contains("acquisition timeout")) {
      return Kind.DATABASE_UNAVAILABLE;
    }
    return Kind.UNKNOWN;
  }
}

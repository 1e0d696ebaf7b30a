package id.banggaelokal.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.sql.SQLTransientConnectionException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoints (this class lives in src/test and is served only by test runs) that fail the
 * way real code can fail, to prove how such faults are answered.
 */
@Path("/test-support/faults")
@PermitAll
public class FaultTestResource {

  @GET
  @Path("/bug")
  @Operation(hidden = true)
  public String bug() {
    throw new IllegalStateException("secret internal detail: SELECT * FROM secrets");
  }

  @GET
  @Path("/database-gone")
  @Operation(hidden = true)
  public String databaseGone() {
    throw new IllegalStateException(
        "wrapped", new SQLTransientConnectionException("connection refused", "08001"));
  }

  /** Shaped like Narayana's answer when the database connection dies during the commit. */
  @GET
  @Path("/commit-lost")
  @Operation(hidden = true)
  public String commitLost() throws jakarta.transaction.RollbackException {
    jakarta.transaction.RollbackException failure =
        new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
    javax.transaction.xa.XAException resource =
        new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
    resource.initCause(
        new java.sql.SQLException(
            "FATAL: terminating connection due to administrator command", "57P01"));
    failure.addSuppressed(resource);
    throw failure;
  }
}

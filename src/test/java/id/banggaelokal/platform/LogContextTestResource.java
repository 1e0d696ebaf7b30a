package id.banggaelokal.platform;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * Test-only endpoints (served only by test runs) that write one log line in the middle of a
 * request, so that a test can see which log context the line carries.
 */
@Path("/test-support/log-context")
public class LogContextTestResource {

  static final String CATEGORY = LogContextTestResource.class.getName();
  private static final Logger LOG = Logger.getLogger(LogContextTestResource.class);

  @GET
  @Path("/authenticated")
  @Authenticated
  @Operation(hidden = true)
  public String authenticated() {
    LOG.info("an authenticated request");
    return "ok";
  }

  @GET
  @Path("/public")
  @PermitAll
  @Operation(hidden = true)
  public String anonymous() {
    LOG.info("a public request");
    return "ok";
  }
}

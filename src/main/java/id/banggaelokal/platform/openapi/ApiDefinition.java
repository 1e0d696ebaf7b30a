package id.banggaelokal.platform.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API as a whole, for the OpenAPI document: its title, security scheme and tags. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Bangga E-Lokal API",
            version = "1.0.0",
            description =
                "Local-supplier procurement marketplace of Kota Batu. Errors are RFC 9457 problem"
                    + " details (application/problem+json) in Indonesian or English by"
                    + " Accept-Language. Lists take page and size (at most 100). Mutable"
                    + " resources carry a version, answered as ETag; changes accept If-Match."
                    + " Creating POSTs accept an Idempotency-Key."),
    tags = {
      @Tag(name = "Work units", description = "The city's work units (OPD)."),
      @Tag(
          name = "Catalogue",
          description = "Storefronts, listings, search and rental availability."),
      @Tag(name = "Suppliers", description = "Supplier registration, profile and documents."),
      @Tag(
          name = "Supplier verification",
          description = "The procurement office's verification of suppliers."),
      @Tag(
          name = "Purchase requests",
          description = "Requests for quotations (RFQ) of the work units."),
      @Tag(
          name = "Quotations",
          description = "Sealed quotations, comparison, negotiation and award."),
      @Tag(name = "Orders", description = "Orders and their tracking."),
      @Tag(name = "Notifications", description = "What each user must act on."),
      @Tag(name = "Audit log", description = "Every state change, for admins and auditors."),
      @Tag(
          name = "Settings",
          description = "Thresholds, tax rates and terms with the dates they take effect."),
    })
@SecurityScheme(
    securitySchemeName = ApiDefinition.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An OIDC access token; roles in realm_access.roles, work unit in work_unit.")
public class ApiDefinition extends Application {

  /** Name of the security scheme that secured operations require. */
  public static final String BEARER = "bearer";
}

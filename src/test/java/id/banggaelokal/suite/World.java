package id.banggaelokal.suite;

import static io.restassured.RestAssured.given;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.order.OrderFixtures;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures;
import id.banggaelokal.quotation.QuotationFixtures;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.supplier.SupplierFixtures.Account;
import id.banggaelokal.support.TestClock;
import id.banggaelokal.support.Tokens;
import id.banggaelokal.workunit.WorkUnitFixtures;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of everything the API acts on, owned by known parties, for the suites that call every
 * operation: a work unit with its buyer, approver and treasurer; a verified supplier with a
 * published product, rental and event service, a draft, a photo and documents; a purchase request
 * of the work unit that invited the supplier, with the supplier's quotation, past its deadline and
 * under negotiation; a direct order of the product, confirmed and delivered but not yet accepted; a
 * submitted supplier and a spare work unit for the admin's decisions; and outsiders — another
 * verified supplier and staff of another work unit.
 *
 * <p>Building it stops the test clock two hours after the real time, so that the request's deadline
 * has passed; the suite resets the clock when it ends.
 */
public final class World {

  /** Who calls: the columns of the authorization matrix. */
  public enum Principal {
    ANONYMOUS,
    ADMIN,
    AUDITOR,
    BUYER,
    APPROVER,
    TREASURER,
    SUPPLIER,
    OTHER_SUPPLIER,
    OTHER_UNIT
  }

  private static final String INTEGRITY_ALERTS = "/api/v1/admin/integrity-alerts";

  private final Map<Principal, String> tokens = new EnumMap<>(Principal.class);
  private final Map<String, Long> ids = new HashMap<>();
  private final Map<String, Object> supplierProfile;
  private final TestClock clock;

  private World(Map<String, Object> supplierProfile, TestClock clock) {
    this.supplierProfile = supplierProfile;
    this.clock = clock;
  }

  public static World build(TestClock clock) {
    clock.reset();
    Account owner = Account.create();
    Map<String, Object> profile = SupplierFixtures.profile();
    World world = new World(profile, clock);
    long supplierId = SupplierFixtures.verified(owner, profile);
    CatalogFixtures.Seller seller = new CatalogFixtures.Seller(owner, supplierId);
    CatalogFixtures.Seller other = CatalogFixtures.Seller.verified();
    PurchaseRequestFixtures.Buyer buyer = PurchaseRequestFixtures.Buyer.create();
    PurchaseRequestFixtures.Buyer outsider = PurchaseRequestFixtures.Buyer.create();

    world.tokens.put(Principal.ADMIN, Tokens.of("admin"));
    world.tokens.put(Principal.AUDITOR, Tokens.of("auditor"));
    world.tokens.put(Principal.BUYER, buyer.token());
    world.tokens.put(Principal.APPROVER, buyer.colleague("approver"));
    world.tokens.put(Principal.TREASURER, buyer.colleague("treasurer"));
    world.tokens.put(Principal.SUPPLIER, seller.token());
    world.tokens.put(Principal.OTHER_SUPPLIER, other.token());
    world.tokens.put(
        Principal.OTHER_UNIT, Tokens.staff(outsider.workUnit(), "buyer", "approver", "treasurer"));

    world.ids.put("supplier", supplierId);
    world.ids.put("otherSupplier", other.supplierId());
    world.ids.put(
        "product",
        CatalogFixtures.published(
            seller, CatalogFixtures.product("Keripik Apel Batu", "PROCESSED_APPLE", "25000")));
    world.ids.put(
        "rental", CatalogFixtures.published(seller, CatalogFixtures.rental("Tenda", 5, "750000")));
    world.ids.put(
        "event",
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "35000")));
    world.ids.put(
        "draft",
        CatalogFixtures.create(seller.token(), CatalogFixtures.product("Draf", "COFFEE", "60000"))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id"));
    world.ids.put(
        "otherListing",
        CatalogFixtures.published(
            other, CatalogFixtures.product("Kopi Arabika Bumiaji", "COFFEE", "85000")));
    world.ids.put(
        "photo",
        given()
            .auth()
            .oauth2(seller.token())
            .multiPart("file", "foto.png", SupplierFixtures.PNG, "image/png")
            .post(CatalogFixtures.LISTINGS + "/" + world.id("product") + "/photos")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id"));
    List<Number> documents =
        given()
            .auth()
            .oauth2(seller.token())
            .get("/api/v1/suppliers/me/documents")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    world.ids.put("document", documents.get(0).longValue());

    Account candidate = Account.create();
    long candidateId = SupplierFixtures.registered(candidate);
    SupplierFixtures.uploadMandatoryDocuments(candidate);
    SupplierFixtures.submit(candidate).statusCode(200);
    world.ids.put("candidate", candidateId);
    List<Number> candidateDocuments =
        given()
            .auth()
            .oauth2(world.token(Principal.ADMIN))
            .get("/api/v1/admin/suppliers/" + candidateId + "/documents")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    world.ids.put("candidateDocument", candidateDocuments.get(0).longValue());
    world.ids.put("workUnit", WorkUnitFixtures.createId(WorkUnitFixtures.uniqueCode()));

    Instant now = Instant.now();
    long request =
        PurchaseRequestFixtures.open(
            buyer,
            PurchaseRequestFixtures.eventRequest(
                now.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), List.of(supplierId)));
    world.ids.put("request", request);
    long quotation = QuotationFixtures.quote(seller.token(), request, 5, "34000", "2400000");
    world.ids.put("quotation", quotation);
    clock.set(now.plus(Duration.ofHours(2)));
    given()
        .auth()
        .oauth2(buyer.token())
        .contentType(ContentType.JSON)
        .body(world.counterOffer())
        .post("/api/v1/quotations/" + quotation + "/counter-offers")
        .then()
        .statusCode(201);
    world.ids.put("round", 1L);

    long order =
        OrderFixtures.placed(
            buyer.token(), OrderFixtures.direct(OrderFixtures.line(world.id("product"), 2)));
    OrderFixtures.act(seller.token(), order, "confirm").statusCode(200);
    world.ids.put("order", order);
    world.ids.put(
        "delivery",
        OrderFixtures.latestDelivery(
            OrderFixtures.deliver(seller.token(), order, world.today(), 1, 2).statusCode(201)));
    world.ids.put("integrityAlert", integrityAlert(world.token(Principal.ADMIN), supplierId));
    return world;
  }

  /** The alert a scan raises for the order above, placed within hours of the publication. */
  private static long integrityAlert(String admin, long supplierId) {
    given().auth().oauth2(admin).post(INTEGRITY_ALERTS + "/scan").then().statusCode(200);
    List<Number> alerts =
        given()
            .auth()
            .oauth2(admin)
            .queryParam("rule", "FRESH_LISTING_ORDERED")
            .queryParam("supplierId", supplierId)
            .get(INTEGRITY_ALERTS)
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    return alerts.get(0).longValue();
  }

  public String token(Principal principal) {
    return tokens.get(principal);
  }

  public long id(String name) {
    Long id = ids.get(name);
    if (id == null) {
      throw new IllegalArgumentException("the world has no " + name);
    }
    return id;
  }

  /** The owner's profile as registered: sending it back changes no legal data. */
  public Map<String, Object> supplierProfile() {
    return new HashMap<>(supplierProfile);
  }

  /**
   * Today in the city on the service's clock, which runs ahead of the real one: a delivery dated by
   * the real day would precede the confirmation near midnight.
   */
  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Clocks.CITY_ZONE);
  }

  /** Now on the service's (stopped) clock. */
  public OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  /** A counter-offer for both lines of the request, below the quotation. */
  public Map<String, Object> counterOffer() {
    return Map.of(
        "lines",
        QuotationFixtures.prices("33000", "2300000"),
        "message",
        "Mohon harga sesuai HPS.");
  }

  /**
   * The path of an operation with its parameters filled from this world: {@code {id}} is the
   * resource the path names (a listing, order, quotation, request, supplier or work unit).
   */
  public String path(String template) {
    String id =
        template.startsWith("/api/v1/admin/suppliers/")
            ? "candidate"
            : template.startsWith("/api/v1/admin/work-units/")
                ? "workUnit"
                : template.startsWith("/api/v1/suppliers/")
                    ? "supplier"
                    : template.startsWith("/api/v1/listings/")
                        ? "product"
                        : template.startsWith("/api/v1/orders/")
                            ? "order"
                            : template.startsWith("/api/v1/quotations/")
                                ? "quotation"
                                : template.startsWith("/api/v1/purchase-requests/")
                                    ? "request"
                                    : template.startsWith(INTEGRITY_ALERTS + "/")
                                        ? "integrityAlert"
                                        : null;
    String path = template;
    if (id != null) {
      path = path.replace("{id}", String.valueOf(id(id)));
    }
    return path.replace("{requestId}", String.valueOf(id("request")))
        .replace("{photoId}", String.valueOf(id("photo")))
        .replace("{deliveryId}", String.valueOf(id("delivery")))
        .replace("{round}", String.valueOf(id("round")))
        .replace(
            "{documentId}",
            String.valueOf(
                template.startsWith("/api/v1/admin/") ? id("candidateDocument") : id("document")));
  }
}

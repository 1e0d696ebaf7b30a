package id.banggaelokal.catalog;

import static io.restassured.RestAssured.given;

import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.supplier.SupplierFixtures.Account;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Listings of each storefront made through the API. */
public final class CatalogFixtures {

  public static final String LISTINGS = "/api/v1/listings";

  private CatalogFixtures() {}

  /** A verified supplier account with its supplier id. */
  public record Seller(Account account, long supplierId) {
    public static Seller verified() {
      Account account = Account.create();
      return new Seller(account, SupplierFixtures.verified(account));
    }

    /** A verified seller trading under this name (which search matches too). */
    public static Seller verified(String tradingName) {
      Account account = Account.create();
      Map<String, Object> profile = SupplierFixtures.profile();
      profile.put("tradingName", tradingName);
      return new Seller(account, SupplierFixtures.verified(account, profile));
    }

    /** A verified seller with this tax status. */
    public static Seller withTaxStatus(boolean pkp, boolean pp55Certificate) {
      Account account = Account.create();
      Map<String, Object> profile = SupplierFixtures.profile();
      profile.put("pkp", pkp);
      profile.put("pp55Certificate", pp55Certificate);
      return new Seller(account, SupplierFixtures.verified(account, profile));
    }

    public String token() {
      return account.token();
    }
  }

  public static Map<String, Object> rental(String title, int quantityOwned, String price) {
    Map<String, Object> listing = common("RENTAL", "TENT", title, price, "PER_DAY");
    listing.put(
        "rental",
        Map.of(
            "quantityOwned",
            quantityOwned,
            "deposit",
            new java.math.BigDecimal("500000"),
            "fulfilment",
            "DELIVERY"));
    return listing;
  }

  public static Map<String, Object> product(String title, String category, String price) {
    Map<String, Object> listing = common("FLAGSHIP_PRODUCT", category, title, price, "PACK");
    listing.put("product", Map.of("stock", 100, "minimumOrder", 1, "weightGrams", 250));
    return listing;
  }

  public static Map<String, Object> eventService(String title, String price) {
    Map<String, Object> listing = common("EVENT_SERVICE", "CATERING", title, price, "PER_PERSON");
    listing.put(
        "eventService",
        Map.of(
            "capacityMin", 1,
            "capacityMax", 100_000,
            "serviceArea", List.of("Kota Batu"),
            "includes", List.of("Nasi kotak", "Air mineral"),
            "leadTimeDays", 3));
    return listing;
  }

  private static Map<String, Object> common(
      String storefront, String category, String title, String price, String unit) {
    Map<String, Object> listing = new HashMap<>();
    listing.put("storefront", storefront);
    listing.put("categoryCode", category);
    listing.put("title", title);
    listing.put("description", title + " dari UMKM Kota Batu, kualitas terjamin.");
    listing.put("price", new java.math.BigDecimal(price));
    listing.put("unit", unit);
    return listing;
  }

  public static ValidatableResponse create(String token, Map<String, Object> listing) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(listing)
        .post(LISTINGS)
        .then();
  }

  public static ValidatableResponse act(String token, long id, String action) {
    return given().auth().oauth2(token).post(LISTINGS + "/" + id + "/" + action).then();
  }

  /** Creates and publishes a listing, answering its id. */
  public static long published(Seller seller, Map<String, Object> listing) {
    long id = create(seller.token(), listing).statusCode(201).extract().jsonPath().getLong("id");
    act(seller.token(), id, "publish").statusCode(200);
    return id;
  }
}

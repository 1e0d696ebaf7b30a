package id.banggaelokal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.e2e.client.ApiClient;
import id.banggaelokal.e2e.client.api.CatalogueApi;
import id.banggaelokal.e2e.client.api.OrdersApi;
import id.banggaelokal.e2e.client.api.PurchaseRequestsApi;
import id.banggaelokal.e2e.client.api.QuotationsApi;
import id.banggaelokal.e2e.client.api.SettingsApi;
import id.banggaelokal.e2e.client.api.SupplierVerificationApi;
import id.banggaelokal.e2e.client.api.SuppliersApi;
import id.banggaelokal.e2e.client.api.TransparencyApi;
import id.banggaelokal.e2e.client.api.WorkUnitsApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * One of the realm's demo users (password = user name) calling the service through the generated
 * client. Its access token comes from Keycloak by password grant through the frontend client, as a
 * browser's would (by authorization code), and is fetched again shortly before it expires.
 */
final class DemoUser {

  private static final String FRONTEND_CLIENT = "bangga-elokal-frontend";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String username;
  private final ApiClient client;
  private String token;
  private Instant renewAt = Instant.MIN;

  private DemoUser(String username) {
    this.username = username;
    this.client = new ApiClient();
    client.updateBaseUri(E2eConfig.apiUrl());
    client.setReadTimeout(Duration.ofSeconds(30));
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token()));
  }

  static DemoUser named(String username) {
    return new DemoUser(username);
  }

  /** The public transparency endpoints, called without a token. */
  static TransparencyApi transparencyForAnyone() {
    ApiClient anonymous = new ApiClient();
    anonymous.updateBaseUri(E2eConfig.apiUrl());
    return new TransparencyApi(anonymous);
  }

  String username() {
    return username;
  }

  /** The token's subject: the user id the service records as the actor. */
  String subject() {
    String payload = token().split("\\.")[1];
    try {
      return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload)).get("sub").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized String token() {
    if (Instant.now().isAfter(renewAt)) {
      String form =
          "grant_type=password&client_id="
              + FRONTEND_CLIENT
              + "&username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(username, StandardCharsets.UTF_8);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(E2eConfig.tokenUrl()))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      try {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              "no token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        token = body.get("access_token").asText();
        renewAt = Instant.now().plusSeconds(Math.max(10, body.get("expires_in").asLong() - 30));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return token;
  }

  CatalogueApi catalogue() {
    return new CatalogueApi(client);
  }

  SuppliersApi suppliers() {
    return new SuppliersApi(client);
  }

  SupplierVerificationApi verification() {
    return new SupplierVerificationApi(client);
  }

  WorkUnitsApi workUnits() {
    return new WorkUnitsApi(client);
  }

  SettingsApi settings() {
    return new SettingsApi(client);
  }

  PurchaseRequestsApi purchaseRequests() {
    return new PurchaseRequestsApi(client);
  }

  QuotationsApi quotations() {
    return new QuotationsApi(client);
  }

  OrdersApi orders() {
    return new OrdersApi(client);
  }
}

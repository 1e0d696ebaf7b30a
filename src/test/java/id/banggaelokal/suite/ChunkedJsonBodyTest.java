package id.banggaelokal.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The 1 MB limit of JSON bodies holds for a chunked body too, which declares no Content-Length: it
 * is counted as it is read.
 */
@QuarkusTest
class ChunkedJsonBodyTest {

  @Inject Database database;

  @Test
  void aChunkedJsonBodyAboveTheLimitIsRefusedAndOneBelowItIsRead() {
    String token = Buyer.create().token();
    long before = database.count("select count(*) from purchase_request");

    RawHttp.Answer tooLarge = post(token, "{\"title\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}");
    assertEquals(413, tooLarge.status(), tooLarge.text());
    assertTrue(tooLarge.header("content-type").startsWith("application/problem+json"));

    // A small chunked body is read and checked as usual: here it lacks the required fields.
    RawHttp.Answer small = post(token, "{\"title\": \"Konsumsi rapat\"}");
    assertEquals(400, small.status(), small.text());
    assertTrue(small.header("content-type").startsWith("application/problem+json"));
    assertEquals(before, database.count("select count(*) from purchase_request"));
  }

  private static RawHttp.Answer post(String token, String json) {
    return RawHttp.send(
        RawHttp.head(
            "POST",
            "/api/v1/purchase-requests",
            RawHttp.ascii("Authorization: Bearer " + token),
            RawHttp.ascii("Content-Type: application/json"),
            RawHttp.ascii("Transfer-Encoding: chunked")),
        json.getBytes(StandardCharsets.UTF_8),
        true);
  }
}

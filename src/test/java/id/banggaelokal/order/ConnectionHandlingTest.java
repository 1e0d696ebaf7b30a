package id.banggaelokal.order;

import static id.banggaelokal.order.OrderFixtures.act;
import static id.banggaelokal.order.OrderFixtures.direct;
import static id.banggaelokal.order.OrderFixtures.line;
import static id.banggaelokal.order.OrderFixtures.placed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import id.banggaelokal.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statements that run outside Hibernate (plain SQL, and the OCDS releases written just before a
 * commit) give their connection back before the transaction commits: the pool logs a warning for
 * every connection still open at a commit, which under load was a line per order and 2% of the
 * service's CPU.
 */
@QuarkusTest
class ConnectionHandlingTest {

  private LogCapture<String> warnings;

  @BeforeEach
  void listen() {
    warnings =
        LogCapture.of(
            "io.agroal",
            record ->
                record.getLevel().intValue() >= Level.WARNING.intValue()
                    ? new SimpleFormatter().formatMessage(record)
                    : null);
  }

  @AfterEach
  void stopListening() {
    warnings.close();
  }

  @Test
  void placingAndConfirmingAnOrderLeavesNoConnectionOpenAtCommit() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));

    long order = placed(buyer.token(), direct(line(listing, 2)));
    act(seller.token(), order, "confirm").statusCode(200);

    assertEquals(List.of(), warnings.captured());
  }
}

package id.banggaelokal.order;

import static id.banggaelokal.order.OrderFixtures.act;
import static id.banggaelokal.order.OrderFixtures.direct;
import static id.banggaelokal.order.OrderFixtures.line;
import static id.banggaelokal.order.OrderFixtures.placed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.purchaserequest.PurchaseRequestFixtures.Buyer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(new SimpleFormatter().formatMessage(record));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger("io.agroal").addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger("io.agroal").removeHandler(capture);
  }

  @Test
  void placingAndConfirmingAnOrderLeavesNoConnectionOpenAtCommit() {
    Buyer buyer = Buyer.create();
    Seller seller = Seller.verified();
    long listing =
        CatalogFixtures.published(seller, CatalogFixtures.eventService("Katering", "40000"));

    long order = placed(buyer.token(), direct(line(listing, 2)));
    act(seller.token(), order, "confirm").statusCode(200);

    assertEquals(List.of(), warnings);
  }
}

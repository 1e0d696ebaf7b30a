package id.banggaelokal.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PerTransactionTest {

  @Inject TransactionSynchronizationRegistry transactions;

  @Test
  void aValueIsComputedOncePerTransactionAndAgainAfterForget() {
    PerTransaction<String, Integer> values = new PerTransaction<>(transactions);
    AtomicInteger computed = new AtomicInteger();

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              assertEquals(1, values.get("a", k -> computed.incrementAndGet()));
              assertEquals(1, values.get("a", k -> computed.incrementAndGet()));
              assertEquals(2, values.get("b", k -> computed.incrementAndGet()));
              values.forget();
              assertEquals(3, values.get("a", k -> computed.incrementAndGet()));
            });
    QuarkusTransaction.requiringNew()
        .run(() -> assertEquals(4, values.get("a", k -> computed.incrementAndGet())));

    assertEquals(4, computed.get());
  }
}

package id.banggaelokal.order;

import static id.banggaelokal.order.OrderStatus.ACCEPTED;
import static id.banggaelokal.order.OrderStatus.APPROVED;
import static id.banggaelokal.order.OrderStatus.CANCELLED;
import static id.banggaelokal.order.OrderStatus.COMPLETED;
import static id.banggaelokal.order.OrderStatus.CONFIRMED;
import static id.banggaelokal.order.OrderStatus.DECLINED;
import static id.banggaelokal.order.OrderStatus.DELIVERED;
import static id.banggaelokal.order.OrderStatus.DISPUTED;
import static id.banggaelokal.order.OrderStatus.INVOICED;
import static id.banggaelokal.order.OrderStatus.IN_DELIVERY;
import static id.banggaelokal.order.OrderStatus.PAID;
import static id.banggaelokal.order.OrderStatus.PLACED;
import static id.banggaelokal.order.OrderStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order lifecycle is exactly the table of PRODUCT.md. */
class OrderStatusTest {

  private static final Map<OrderStatus, Set<OrderStatus>> NEXT =
      Map.ofEntries(
          Map.entry(PLACED, EnumSet.of(APPROVED, REJECTED, CONFIRMED, DECLINED, CANCELLED)),
          Map.entry(APPROVED, EnumSet.of(CONFIRMED, DECLINED, CANCELLED)),
          Map.entry(CONFIRMED, EnumSet.of(IN_DELIVERY, CANCELLED)),
          Map.entry(IN_DELIVERY, EnumSet.of(IN_DELIVERY, DELIVERED, ACCEPTED, DISPUTED)),
          Map.entry(DELIVERED, EnumSet.of(IN_DELIVERY, ACCEPTED, DISPUTED)),
          Map.entry(DISPUTED, EnumSet.of(IN_DELIVERY, ACCEPTED, CANCELLED)),
          Map.entry(ACCEPTED, EnumSet.of(INVOICED)),
          Map.entry(INVOICED, EnumSet.of(PAID)),
          Map.entry(PAID, EnumSet.of(COMPLETED)),
          Map.entry(REJECTED, EnumSet.noneOf(OrderStatus.class)),
          Map.entry(DECLINED, EnumSet.noneOf(OrderStatus.class)),
          Map.entry(CANCELLED, EnumSet.noneOf(OrderStatus.class)),
          Map.entry(COMPLETED, EnumSet.noneOf(OrderStatus.class)));

  @Test
  void transitionsAreThoseOfTheProductTable() {
    for (OrderStatus from : OrderStatus.values()) {
      Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
      for (OrderStatus to : OrderStatus.values()) {
        if (from.canTransitionTo(to)) {
          next.add(to);
        }
      }
      assertEquals(NEXT.get(from), next, "from " + from);
      assertEquals(NEXT.get(from).isEmpty(), from.terminal(), "terminal " + from);
    }
  }
}

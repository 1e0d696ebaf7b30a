package id.banggaelokal.order.api;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an award orders: the request's lines at the agreed prices. */
public record AwardedOrder(
    String workUnitCode,
    long supplierId,
    Storefront storefront,
    long purchaseRequestId,
    long quotationId,
    String deliveryPlace,
    LocalDate deliveryDate,
    List<Line> lines) {

  public record Line(
      int lineNo,
      Long listingId,
      String description,
      int quantity,
      Unit unit,
      BigDecimal unitPrice) {}
}

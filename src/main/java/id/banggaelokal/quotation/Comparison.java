package id.banggaelokal.quotation;

import id.banggaelokal.purchaserequest.api.PurchaseRequestResponse.LineResponse;
import id.banggaelokal.purchaserequest.api.PurchaseRequestView;
import id.banggaelokal.quotation.api.ComparisonResponse;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison of a closed request's quotations: each offer against the owner's estimate (HPS). A
 * difference is offer − estimate (negative: below the estimate); its percentage is of the estimate,
 * rounded half up to 2 decimals.
 */
final class Comparison {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Comparison() {}

  /**
   * @param quotations not withdrawn, cheapest first (the ranking order)
   */
  static ComparisonResponse of(
      PurchaseRequestView request,
      List<Quotation> quotations,
      Map<Long, SupplierSnapshot> suppliers,
      Map<Long, List<CounterOffer>> rounds) {
    BigDecimal estimateTotal =
        request.lines().stream()
            .map(LineResponse::estimateAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<ComparisonResponse.Quoted> quoted = new ArrayList<>();
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      BigDecimal difference = q.offerTotal().subtract(estimateTotal);
      quoted.add(
          new ComparisonResponse.Quoted(
              i + 1,
              q.id(),
              q.status(),
              QuotationResponses.supplier(suppliers.get(q.supplierId())),
              q.offerTotal(),
              difference,
              percentOf(difference, estimateTotal),
              q.deliveryDays(),
              q.validUntil(),
              rounds.getOrDefault(q.id(), List.of()).size()));
    }
    List<ComparisonResponse.Line> lines =
        request.lines().stream()
            .map(
                line ->
                    new ComparisonResponse.Line(
                        line.lineNo(),
                        line.description(),
                        line.quantity(),
                        line.unit(),
                        line.estimateUnitPrice(),
                        line.estimateAmount(),
                        quotations.stream().map(q -> offer(q, line)).toList()))
            .toList();
    return new ComparisonResponse(request.id(), estimateTotal, quoted, lines);
  }

  private static ComparisonResponse.Offer offer(Quotation quotation, LineResponse line) {
    BigDecimal price = quotation.offer().get(line.lineNo());
    BigDecimal difference = price.subtract(line.estimateUnitPrice());
    return new ComparisonResponse.Offer(
        quotation.id(),
        price,
        price.multiply(BigDecimal.valueOf(line.quantity())),
        difference,
        percentOf(difference, line.estimateUnitPrice()));
  }

  static BigDecimal percentOf(BigDecimal difference, BigDecimal estimate) {
    return difference.multiply(HUNDRED).divide(estimate, 2, RoundingMode.HALF_UP);
  }
}

package id.banggaelokal.quotation;

import id.banggaelokal.purchaserequest.api.PurchaseRequestView;
import id.banggaelokal.quotation.api.CounterOfferResponse;
import id.banggaelokal.quotation.api.PriceLine;
import id.banggaelokal.quotation.api.QuotationResponse;
import id.banggaelokal.quotation.api.QuotedLine;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Maps quotations to their wire types. */
final class QuotationResponses {

  private QuotationResponses() {}

  static QuotationResponse of(
      Quotation quotation,
      PurchaseRequestView request,
      SupplierSnapshot supplier,
      List<CounterOffer> rounds) {
    return new QuotationResponse(
        quotation.id(),
        quotation.purchaseRequestId(),
        supplier(supplier),
        quotation.status(),
        quotation.currentVersion(),
        lines(request, quotation.offer()),
        quotation.offerTotal(),
        quotation.deliveryDays(),
        quotation.validUntil(),
        quotation.notes(),
        rounds.stream().map(QuotationResponses::round).toList(),
        quotation.orderId(),
        quotation.submittedAt(),
        quotation.updatedAt(),
        quotation.version());
  }

  static QuotationResponse.Supplier supplier(SupplierSnapshot supplier) {
    return new QuotationResponse.Supplier(
        supplier.id(),
        supplier.tradingName(),
        supplier.scale() == null ? null : supplier.scale().name(),
        supplier.ratingAverage());
  }

  /** The request's lines with these prices per line number. */
  static List<QuotedLine> lines(PurchaseRequestView request, Map<Integer, BigDecimal> prices) {
    return request.lines().stream()
        .map(
            l -> {
              BigDecimal price = prices.get(l.lineNo());
              return new QuotedLine(
                  l.lineNo(),
                  l.description(),
                  l.quantity(),
                  l.unit(),
                  price,
                  price.multiply(BigDecimal.valueOf(l.quantity())));
            })
        .toList();
  }

  static CounterOfferResponse round(CounterOffer round) {
    boolean countered = round.status() == CounterOfferStatus.COUNTERED;
    return new CounterOfferResponse(
        round.round(),
        round.status(),
        round.lines().stream().map(l -> new PriceLine(l.lineNo(), l.proposedPrice())).toList(),
        round.proposedTotal(),
        round.message(),
        round.proposedAt(),
        countered
            ? round.lines().stream()
                .map(l -> new PriceLine(l.lineNo(), l.counteredPrice()))
                .toList()
            : null,
        round.answerTotal(),
        round.answerMessage(),
        round.answeredAt());
  }
}

package id.banggaelokal.quotation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.banggaelokal.quotation.QuotationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A quotation with its current offer: the prices of its latest version, or as negotiation left them
 * (an accepted counter-offer, or the supplier's counter).
 */
@Schema(name = "Quotation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotationResponse(
    @Schema(required = true) long id,
    @Schema(required = true) long purchaseRequestId,
    @Schema(required = true) Supplier supplier,
    @Schema(required = true) QuotationStatus status,
    @Schema(required = true, description = "Number of the latest submitted version.")
        int currentVersion,
    @Schema(required = true, description = "The current offer, line by line.")
        List<QuotedLine> lines,
    @Schema(required = true) BigDecimal total,
    @Schema(required = true) int deliveryDays,
    @Schema(required = true) LocalDate validUntil,
    String notes,
    @Schema(required = true, description = "Negotiation rounds, oldest first.")
        List<CounterOfferResponse> counterOffers,
    @Schema(description = "The order placed when this quotation was accepted.") Long orderId,
    @Schema(required = true) OffsetDateTime submittedAt,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(required = true, description = "Version, for If-Match.") long version) {

  @Schema(name = "QuotationSupplier")
  public record Supplier(
      @Schema(required = true) long id,
      @Schema(required = true) String tradingName,
      String scale,
      BigDecimal ratingAverage) {}
}

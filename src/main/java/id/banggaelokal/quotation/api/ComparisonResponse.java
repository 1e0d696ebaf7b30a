package id.banggaelokal.quotation.api;

import id.banggaelokal.catalog.api.Unit;
import id.banggaelokal.quotation.QuotationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The quotations of a closed request side by side, line by line, against the owner's estimate
 * (HPS). Differences are price − estimate; percentages are of the estimate, rounded half up to 2
 * decimals. Quotations are ranked by total, then delivery days.
 */
@Schema(name = "QuotationComparison")
public record ComparisonResponse(
    @Schema(required = true) long purchaseRequestId,
    @Schema(required = true) BigDecimal estimateTotal,
    @Schema(required = true, description = "The quotations, cheapest first.")
        List<Quoted> quotations,
    @Schema(required = true) List<Line> lines) {

  @Schema(name = "ComparedQuotation")
  public record Quoted(
      @Schema(required = true, example = "1") int rank,
      @Schema(required = true) long quotationId,
      @Schema(required = true) QuotationStatus status,
      @Schema(required = true) QuotationResponse.Supplier supplier,
      @Schema(required = true) BigDecimal total,
      @Schema(required = true) BigDecimal difference,
      @Schema(required = true) BigDecimal differencePercent,
      @Schema(required = true) int deliveryDays,
      @Schema(required = true) LocalDate validUntil,
      @Schema(required = true) int negotiationRounds) {}

  @Schema(name = "ComparedLine")
  public record Line(
      @Schema(required = true) int lineNo,
      @Schema(required = true) String description,
      @Schema(required = true) int quantity,
      @Schema(required = true) Unit unit,
      @Schema(required = true) BigDecimal estimateUnitPrice,
      @Schema(required = true) BigDecimal estimateAmount,
      @Schema(required = true, description = "One offer per quotation, in the quotations' order.")
          List<Offer> offers) {}

  @Schema(name = "ComparedOffer")
  public record Offer(
      @Schema(required = true) long quotationId,
      @Schema(required = true) BigDecimal unitPrice,
      @Schema(required = true) BigDecimal amount,
      @Schema(required = true, description = "unitPrice − estimateUnitPrice") BigDecimal difference,
      @Schema(required = true) BigDecimal differencePercent) {}
}

package id.banggaelokal.order.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import id.banggaelokal.order.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order of a work unit from one supplier. Lists leave out deliveries, payments and the rating
 * (read one order for them).
 */
@Schema(name = "Order", description = "An order of a work unit from one supplier.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderResponse(
    @Schema(required = true) long id,
    @Schema(required = true) OrderSource source,
    @Schema(required = true) OrderStatus status,
    @Schema(required = true, example = "DISKOMINFO") String workUnitCode,
    @Schema(required = true) SupplierInfo supplier,
    @Schema(required = true) Storefront storefront,
    @Schema(description = "For orders from an award.") Long purchaseRequestId,
    @Schema(description = "For orders from an award.") Long quotationId,
    @Schema(required = true) List<Line> lines,
    @Schema(required = true, description = "Sum of the lines, in rupiah.") BigDecimal total,
    @Schema(required = true, description = "Above the approval threshold: the approver decides.")
        boolean approvalRequired,
    @Schema(description = "Surat Pesanan number, from approval or confirmation on.")
        String poNumber,
    @Schema(description = "Why it was rejected, declined or cancelled.") String statusReason,
    @Schema(description = "When it is cancelled unless approved or confirmed.")
        OffsetDateTime respondBy,
    @Schema(description = "A party asked to cancel a confirmed order (both must).")
        Boolean cancelRequestedByBuyer,
    Boolean cancelRequestedBySupplier,
    @Schema(required = true) String deliveryPlace,
    @Schema(required = true) LocalDate deliveryDate,
    String note,
    InvoiceInfo invoice,
    @Schema(required = true) BigDecimal amountPaid,
    @Schema(required = true, description = "Invoiced and not paid by the due date.")
        boolean overdue,
    List<DeliveryInfo> deliveries,
    List<PaymentInfo> payments,
    RatingInfo rating,
    @Schema(required = true) OffsetDateTime placedAt,
    @Schema(description = "When the supplier confirmed it (the contract came into force).")
        OffsetDateTime confirmedAt,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(required = true, description = "Version, for If-Match.") long version) {

  @Schema(name = "OrderSupplier")
  public record SupplierInfo(
      @Schema(required = true) long id, @Schema(required = true) String tradingName) {}

  @Schema(name = "OrderLine")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Line(
      @Schema(required = true) int lineNo,
      Long listingId,
      @Schema(required = true) String description,
      @Schema(required = true) int quantity,
      @Schema(required = true) Unit unit,
      @Schema(required = true) BigDecimal unitPrice,
      @Schema(required = true, description = "Rate periods (days, weeks, hours) of a rental; 1.")
          int periods,
      @Schema(required = true, description = "unitPrice × quantity × periods") BigDecimal amount,
      LocalDate rentalFrom,
      LocalDate rentalTo,
      @Schema(required = true, description = "Delivered and not rejected.") int deliveredQuantity,
      @Schema(required = true) int acceptedQuantity) {}

  @Schema(name = "Invoice")
  public record InvoiceInfo(
      @Schema(required = true) String number,
      @Schema(required = true) LocalDate issuedOn,
      @Schema(required = true) LocalDate dueOn,
      @Schema(required = true, description = "Accepted quantities at the order's prices.")
          BigDecimal subtotal,
      @Schema(required = true) List<TaxLineInfo> taxLines,
      @Schema(required = true, description = "subtotal + PPN") BigDecimal total,
      @Schema(
              required = true,
              description =
                  "What the treasurer pays the supplier: total less collected and"
                      + " withheld taxes.")
          BigDecimal netPayable) {}

  @Schema(name = "TaxLine")
  public record TaxLineInfo(
      @Schema(required = true) Tax tax,
      @Schema(required = true) TaxTreatment treatment,
      @Schema(required = true) BigDecimal base,
      @Schema(required = true, example = "0.02") BigDecimal rate,
      @Schema(required = true, description = "Rounded down to the whole rupiah.")
          BigDecimal amount) {}

  @Schema(name = "Delivery")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DeliveryInfo(
      @Schema(required = true) long id,
      @Schema(required = true) LocalDate deliveredOn,
      @Schema(
              required = true,
              enumeration = {"PENDING", "ACCEPTED", "DISPUTED"})
          String status,
      @Schema(required = true) List<DeliveryLineInfo> lines,
      String note,
      String disputeReason,
      @Schema(description = "Handover record (BAST) of an accepted delivery.") String bastNumber,
      LocalDate bastDate,
      @Schema(required = true) OffsetDateTime recordedAt) {}

  @Schema(name = "DeliveryLine")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DeliveryLineInfo(
      @Schema(required = true) int lineNo,
      @Schema(required = true) int quantity,
      Integer acceptedQuantity) {}

  @Schema(name = "Payment")
  public record PaymentInfo(
      @Schema(required = true) long id,
      @Schema(required = true) BigDecimal amount,
      @Schema(required = true) LocalDate paidOn,
      @Schema(required = true) PaymentMethod method,
      @Schema(required = true) String reference,
      @Schema(required = true) OffsetDateTime recordedAt) {}

  @Schema(name = "Rating")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RatingInfo(
      @Schema(required = true) int score,
      String comment,
      @Schema(required = true) OffsetDateTime ratedAt,
      String reply,
      OffsetDateTime repliedAt) {}
}

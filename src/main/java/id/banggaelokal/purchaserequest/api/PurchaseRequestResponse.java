package id.banggaelokal.purchaserequest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import id.banggaelokal.purchaserequest.PurchaseRequestStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A purchase request as its reader may see it. Suppliers do not see who else is invited nor how
 * many quotations arrived ({@code invitedSupplierIds} and {@code quotationCount} are absent).
 */
@Schema(name = "PurchaseRequest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurchaseRequestResponse(
    long id,
    @Schema(example = "DISKOMINFO") String workUnitCode,
    String title,
    Storefront storefront,
    String description,
    List<LineResponse> lines,
    @Schema(description = "Sum of the lines' estimates (HPS).") BigDecimal estimateTotal,
    String budgetCode,
    String deliveryPlace,
    LocalDate deliveryDate,
    OffsetDateTime quotationDeadline,
    Participation participation,
    @Schema(description = "Only for the work unit's staff and auditors.")
        List<Long> invitedSupplierIds,
    @Schema(
            description =
                "CLOSED as soon as the deadline has passed, even before the request is closed"
                    + " in the database.")
        PurchaseRequestStatus status,
    String cancelReason,
    @Schema(
            description =
                "Live quotations received (their content stays sealed until closing). Only for"
                    + " the work unit's staff and auditors.")
        Integer quotationCount,
    Long awardedQuotationId,
    Long orderId,
    OffsetDateTime publishedAt,
    OffsetDateTime closedAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  @Schema(name = "PurchaseRequestLine")
  public record LineResponse(
      int lineNo,
      Long listingId,
      String description,
      int quantity,
      Unit unit,
      BigDecimal estimateUnitPrice,
      @Schema(description = "quantity × estimateUnitPrice") BigDecimal estimateAmount) {}
}

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
    @Schema(required = true) String deliveryPlace,
    @Schema(required = true) LocalDate deliveryDate,
    @Schema(required = true) OffsetDateTime placedAt,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(required = true, description = "Version, for If-Match.") long version) {

  @Schema(name = "OrderSupplier")
  public record SupplierInfo(
      @Schema(required = true) long id, @Schema(required = true) String tradingName) {}

  @Schema(name = "OrderLine")
  public record Line(
      @Schema(required = true) int lineNo,
      Long listingId,
      @Schema(required = true) String description,
      @Schema(required = true) int quantity,
      @Schema(required = true) Unit unit,
      @Schema(required = true) BigDecimal unitPrice,
      @Schema(required = true, description = "quantity × unitPrice") BigDecimal amount) {}
}

package id.banggaelokal.order.api;

import id.banggaelokal.order.OrderStatus;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry", description = "One step of an order's tracking.")
public record TimelineEntry(
    @Schema(required = true) OffsetDateTime at,
    @Schema(required = true, description = "Account id, or system.") String actor,
    @Schema(required = true, example = "supplier") String role,
    @Schema(required = true, example = "order.confirmed") String action,
    @Schema(required = true, description = "The order's status after it.") OrderStatus status,
    String note) {}

package id.banggaelokal.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "Something the reader must act on or know.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationResponse(
    @Schema(required = true) long id,
    @Schema(required = true, example = "order.placed") String event,
    @Schema(required = true, description = "In the reader's language.") String title,
    @Schema(required = true) String message,
    @Schema(description = "The order it is about, if any.") Long orderId,
    @Schema(description = "The purchase request it is about, if any.") Long purchaseRequestId,
    @Schema(description = "The quotation it is about, if any.") Long quotationId,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(
            required = true,
            description = "E-mail delivery: PENDING, SENT, FAILED or NO_ADDRESS (in-app only).")
        String delivery) {}

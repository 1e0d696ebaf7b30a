package id.banggaelokal.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The buyer's acceptance of a delivery: everything, or the accepted quantity per line. */
@Schema(name = "AcceptDeliveryRequest")
public record AcceptDeliveryRequest(
    @Schema(description = "Accepted quantity per line; lines left out are accepted in full.")
        @Size(max = 100)
        List<DeliveryRequest.@Valid @NotNull Quantity> lines) {}

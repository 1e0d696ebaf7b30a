package id.banggaelokal.quotation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.banggaelokal.quotation.CounterOfferStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A negotiation round: the buyer's proposal and the supplier's answer. */
@Schema(name = "CounterOffer")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounterOfferResponse(
    @Schema(required = true, example = "1") int round,
    @Schema(required = true) CounterOfferStatus status,
    @Schema(required = true) List<PriceLine> proposedLines,
    @Schema(required = true) BigDecimal proposedTotal,
    @Schema(required = true) String message,
    @Schema(required = true) OffsetDateTime proposedAt,
    @Schema(description = "The supplier's prices, when it countered.") List<PriceLine> counterLines,
    BigDecimal counterTotal,
    String answerMessage,
    OffsetDateTime answeredAt) {}

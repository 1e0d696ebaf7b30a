package id.banggaelokal.purchaserequest.api;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.purchaserequest.PurchaseRequestStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the quotation feature needs of a purchase request.
 *
 * @param status as of now (an open request past its deadline is CLOSED)
 * @param unsealed whether its quotations may be read by the buyer (it has closed)
 */
public record PurchaseRequestView(
    long id,
    String workUnitCode,
    String title,
    Storefront storefront,
    PurchaseRequestStatus status,
    boolean unsealed,
    OffsetDateTime quotationDeadline,
    String deliveryPlace,
    LocalDate deliveryDate,
    List<PurchaseRequestResponse.LineResponse> lines) {}

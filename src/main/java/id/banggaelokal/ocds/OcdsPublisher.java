package id.banggaelokal.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.order.api.OrderChanged;
import id.banggaelokal.order.api.OrderResponse;
import id.banggaelokal.order.api.OrderSource;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.purchaserequest.api.Participation;
import id.banggaelokal.purchaserequest.api.PurchaseRequestCancelled;
import id.banggaelokal.purchaserequest.api.PurchaseRequestPublished;
import id.banggaelokal.purchaserequest.api.PurchaseRequestResponse;
import id.banggaelokal.supplier.SupplierService;
import id.banggaelokal.supplier.api.SupplierSnapshot;
import id.banggaelokal.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes one OCDS 1.1 release per procurement event, in the event's own transaction, so that the
 * published feed is never behind the data nor ahead of it:
 *
 * <ul>
 *   <li>a purchase request published: {@code tender} (open or limited method); cancelled after
 *       that: {@code tenderCancellation};
 *   <li>an order placed from an award: {@code award}; a direct (catalogue) order placed: {@code
 *       tender} and {@code award} at once (method {@code direct}, with the e-purchasing rationale);
 *   <li>an order approved ({@code pending}) or confirmed ({@code active}): {@code contract};
 *   <li>a delivery accepted (handover, BAST) or a payment recorded: {@code implementation}, with
 *       every accepted delivery as a met delivery milestone and every payment as a transaction (the
 *       payment that settles the order also tags {@code contractTermination});
 *   <li>an order rejected, declined, not answered in time or cancelled before the supplier
 *       confirmed it: {@code awardCancellation} (award, and a pending contract, cancelled);
 *       cancelled by both parties after that: {@code contractTermination} (contract terminated).
 * </ul>
 *
 * <p>The ocid of a purchase is {@code <prefix>-pr-<request id>} for a request and the order awarded
 * from it, {@code <prefix>-order-<order id>} for a direct order. Parties are the work unit (buyer,
 * procuring entity, payer) and the supplier (supplier, payee), with the supplier's UMKM scale in
 * {@code details.umkmScale} (the umkm-scale extension served under {@code
 * /ocds/extensions/umkm-scale/}).
 */
@ApplicationScoped
class OcdsPublisher {

  static final String CURRENCY = "IDR";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private final OcdsReleases releases;
  private final SupplierService suppliers;
  private final WorkUnitService workUnits;
  private final ObjectMapper json;
  private final String prefix;
  private final Clock clock;

  OcdsPublisher(
      OcdsReleases releases,
      SupplierService suppliers,
      WorkUnitService workUnits,
      ObjectMapper json,
      @ConfigProperty(name = "banggaelokal.ocds.ocid-prefix") String prefix,
      Clock clock) {
    this.releases = releases;
    this.suppliers = suppliers;
    this.workUnits = workUnits;
    this.json = json;
    this.prefix = prefix;
    this.clock = clock;
  }

  String requestOcid(long purchaseRequestId) {
    return prefix + "-pr-" + purchaseRequestId;
  }

  String directOcid(long orderId) {
    return prefix + "-order-" + orderId;
  }

  // --- Tender ---------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.MANDATORY)
  void published(@Observes PurchaseRequestPublished event) {
    PurchaseRequestResponse request = event.request();
    OffsetDateTime at = request.publishedAt();
    String ocid = requestOcid(request.id());
    ObjectNode release = release(ocid, at, "tender");
    ObjectNode buyer = buyerParty(request.workUnitCode());
    release.putArray("parties").add(buyer);
    release.set("buyer", reference(buyer));
    ObjectNode tender = release.putObject("tender");
    tender.put("id", "pr-" + request.id());
    tender.put("title", request.title());
    if (request.description() != null) {
      tender.put("description", request.description());
    }
    tender.put("status", "active");
    tender.set("procuringEntity", reference(buyer));
    ArrayNode items = tender.putArray("items");
    for (PurchaseRequestResponse.LineResponse line : request.lines()) {
      items.add(item(line.lineNo(), line.description(), line.quantity(), line.unit().name()));
    }
    tender.set("value", value(request.estimateTotal()));
    boolean invited = request.participation() == Participation.INVITED;
    tender.put("procurementMethod", invited ? "limited" : "open");
    tender.put(
        "procurementMethodDetails",
        invited
            ? "Permintaan penawaran kepada penyedia lokal terverifikasi yang diundang"
            : "Permintaan penawaran terbuka bagi penyedia lokal terverifikasi di etalase "
                + request.storefront().name());
    tender.put("mainProcurementCategory", category(request.storefront()));
    tender.putArray("submissionMethod").add("electronicSubmission");
    ObjectNode period = tender.putObject("tenderPeriod");
    period.put("startDate", dateTime(at));
    period.put("endDate", dateTime(request.quotationDeadline()));
    if (request.deliveryDate() != null) {
      tender.putObject("contractPeriod").put("endDate", endOf(request.deliveryDate()));
    }
    releases.append(ocid, release, List.of("tender"), request.id(), null, at);
  }

  /** A published request cancelled: its tender is withdrawn (a draft was never published). */
  @Transactional(Transactional.TxType.MANDATORY)
  void cancelled(@Observes PurchaseRequestCancelled event) {
    releases
        .firstOfRequest(event.purchaseRequestId(), "tender")
        .ifPresent(
            stored -> {
              JsonNode tenderRelease = read(stored);
              String ocid = tenderRelease.get("ocid").asText();
              OffsetDateTime at = OffsetDateTime.now(clock);
              ObjectNode release = release(ocid, at, "tenderCancellation");
              release.set("parties", tenderRelease.get("parties"));
              release.set("buyer", tenderRelease.get("buyer"));
              ObjectNode tender = release.putObject("tender");
              tender.put("id", tenderRelease.get("tender").get("id").asText());
              tender.put("status", "cancelled");
              releases.append(
                  ocid,
                  release,
                  List.of("tenderCancellation"),
                  event.purchaseRequestId(),
                  null,
                  at);
            });
  }

  // --- Orders ---------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.MANDATORY)
  void orderChanged(@Observes OrderChanged event) {
    switch (event.action()) {
      case "order.placed" -> placed(event.order(), event.occurredAt());
      case "order.approved" -> contract(event.order(), event.occurredAt(), "pending");
      case "order.confirmed" -> contract(event.order(), event.occurredAt(), "active");
      case "order.delivery-accepted", "order.payment-recorded", "order.paid" ->
          implementation(event.order(), event.occurredAt(), event.action().equals("order.paid"));
      case "order.rejected", "order.declined", "order.expired", "order.cancelled" ->
          ended(event.order(), event.occurredAt());
      default -> {
        // Other steps (deliveries recorded, invoices, ratings, …) publish nothing of their own.
      }
    }
  }

  private void placed(OrderResponse order, OffsetDateTime at) {
    boolean direct = order.source() == OrderSource.DIRECT;
    String ocid = ocid(order);
    List<String> tags = direct ? List.of("tender", "award") : List.of("award");
    ObjectNode release = release(ocid, at, tags.toArray(String[]::new));
    ObjectNode buyer = buyerParty(order.workUnitCode());
    ObjectNode supplier = supplierParty(order);
    release.putArray("parties").add(buyer).add(supplier);
    release.set("buyer", reference(buyer));
    ObjectNode tender = release.putObject("tender");
    if (direct) {
      tender.put("id", "order-" + order.id());
      tender.put("title", "Pembelian langsung katalog: " + order.lines().get(0).description());
      tender.put("status", "complete");
      tender.set("procuringEntity", reference(buyer));
      tender.set("items", items(order));
      tender.set("value", value(order.total()));
      tender.put("procurementMethod", "direct");
      tender.put(
          "procurementMethodDetails",
          "E-purchasing: pembelian langsung dari katalog elektronik lokal Bangga E-Lokal");
      tender.put(
          "procurementMethodRationale",
          "Barang/jasa tayang di katalog elektronik lokal dengan harga tayang; pembelian langsung"
              + " kepada penyedia lokal terverifikasi (e-purchasing, Perpres 12/2021)");
      tender.put("mainProcurementCategory", category(order.storefront()));
      tender.put("numberOfTenderers", 1);
      tender.putArray("tenderers").add(reference(supplier));
    } else {
      tender.put("id", "pr-" + order.purchaseRequestId());
      tender.put("status", "complete");
    }
    ObjectNode award = release.putArray("awards").addObject();
    award.put("id", awardId(order));
    award.put("status", "active");
    award.put("date", dateTime(at));
    award.set("value", value(order.total()));
    award.putArray("suppliers").add(reference(supplier));
    award.set("items", items(order));
    award.putObject("contractPeriod").put("endDate", endOf(order.deliveryDate()));
    releases.append(ocid, release, tags, order.purchaseRequestId(), order.id(), at);
  }

  private void contract(OrderResponse order, OffsetDateTime at, String status) {
    ObjectNode release = release(ocid(order), at, "contract");
    ObjectNode contract = parties(release, order);
    if (order.poNumber() != null) {
      contract.put("title", "Surat Pesanan " + order.poNumber());
    }
    contract.put("status", status);
    contract.set("value", value(order.total()));
    contract.set("items", items(order));
    if ("active".equals(status)) {
      contract.put("dateSigned", dateTime(at));
    }
    ObjectNode period = contract.putObject("period");
    period.put("startDate", dateTime(at));
    period.put("endDate", endOf(order.deliveryDate()));
    ObjectNode delivery = contract.putArray("milestones").addObject();
    delivery.put("id", "delivery");
    delivery.put("title", "Serah terima di " + order.deliveryPlace());
    delivery.put("type", "delivery");
    delivery.put("dueDate", endOf(order.deliveryDate()));
    delivery.put("status", "scheduled");
    releases.append(
        ocid(order), release, List.of("contract"), order.purchaseRequestId(), order.id(), at);
  }

  private void implementation(OrderResponse order, OffsetDateTime at, boolean settled) {
    List<String> tags =
        settled ? List.of("implementation", "contractTermination") : List.of("implementation");
    ObjectNode release = release(ocid(order), at, tags.toArray(String[]::new));
    ObjectNode contract = parties(release, order);
    if (settled) {
      contract.put("status", "terminated");
    }
    ObjectNode implementation = contract.putObject("implementation");
    ArrayNode milestones = implementation.putArray("milestones");
    for (OrderResponse.DeliveryInfo delivery :
        order.deliveries() == null ? List.<OrderResponse.DeliveryInfo>of() : order.deliveries()) {
      if (delivery.bastNumber() == null) {
        continue;
      }
      ObjectNode milestone = milestones.addObject();
      milestone.put("id", "delivery-" + delivery.id());
      milestone.put("title", "Berita acara serah terima " + delivery.bastNumber());
      milestone.put("type", "delivery");
      milestone.put("code", delivery.bastNumber());
      milestone.put("status", "met");
      milestone.put("dateMet", startOf(delivery.bastDate()));
    }
    if (order.invoice() != null) {
      ObjectNode due = milestones.addObject();
      due.put("id", "payment");
      due.put("title", "Pembayaran faktur " + order.invoice().number());
      due.put("type", "payment");
      due.put("code", order.invoice().number());
      due.put("dueDate", endOf(order.invoice().dueOn()));
      if (settled) {
        LocalDate lastPaid =
            order.payments().stream()
                .map(OrderResponse.PaymentInfo::paidOn)
                .max(LocalDate::compareTo)
                .orElse(order.invoice().issuedOn());
        due.put("status", "met");
        due.put("dateMet", startOf(lastPaid));
      } else {
        due.put("status", "scheduled");
      }
    }
    ArrayNode transactions = implementation.putArray("transactions");
    ObjectNode payer = reference(release.get("parties").get(0));
    ObjectNode payee = reference(release.get("parties").get(1));
    for (OrderResponse.PaymentInfo payment :
        order.payments() == null ? List.<OrderResponse.PaymentInfo>of() : order.payments()) {
      ObjectNode transaction = transactions.addObject();
      transaction.put("id", "payment-" + payment.id());
      transaction.put("date", startOf(payment.paidOn()));
      transaction.set("value", value(payment.amount()));
      transaction.set("payer", payer);
      transaction.set("payee", payee);
    }
    releases.append(ocid(order), release, tags, order.purchaseRequestId(), order.id(), at);
  }

  /**
   * An order that ended before its end: rejected, declined, not answered in time, or cancelled.
   * Before the supplier confirmed it, the award is cancelled (and the contract too, when approval
   * had already issued it as pending); after that, the contract in force is terminated.
   */
  private void ended(OrderResponse order, OffsetDateTime at) {
    boolean inForce = order.confirmedAt() != null;
    List<String> tags = List.of(inForce ? "contractTermination" : "awardCancellation");
    ObjectNode release = release(ocid(order), at, tags.toArray(String[]::new));
    ObjectNode contract = parties(release, order);
    String reason = order.statusReason() == null ? null : "Dibatalkan: " + order.statusReason();
    if (inForce) {
      contract.put("status", "terminated");
      if (reason != null) {
        contract.put("description", reason);
      }
    } else {
      ObjectNode award = release.putArray("awards").addObject();
      award.put("id", awardId(order));
      award.put("status", "cancelled");
      award.put("date", dateTime(at));
      if (reason != null) {
        award.put("description", reason);
      }
      award.putArray("suppliers").add(reference(release.get("parties").get(1)));
      if (order.poNumber() == null) {
        release.remove("contracts");
      } else {
        contract.put("status", "cancelled");
      }
    }
    releases.append(ocid(order), release, tags, order.purchaseRequestId(), order.id(), at);
  }

  /** Parties and buyer of an order's release, and its one contract with its id and award. */
  private ObjectNode parties(ObjectNode release, OrderResponse order) {
    ObjectNode buyer = buyerParty(order.workUnitCode());
    buyer.withArray("roles").add("payer");
    ObjectNode supplier = supplierParty(order);
    supplier.withArray("roles").add("payee");
    release.putArray("parties").add(buyer).add(supplier);
    release.set("buyer", reference(buyer));
    ObjectNode contract = release.putArray("contracts").addObject();
    contract.put("id", "order-" + order.id());
    contract.put("awardID", awardId(order));
    return contract;
  }

  // --- Building blocks ------------------------------------------------------------------------

  private String ocid(OrderResponse order) {
    return order.source() == OrderSource.AWARD
        ? requestOcid(order.purchaseRequestId())
        : directOcid(order.id());
  }

  private static String awardId(OrderResponse order) {
    return order.source() == OrderSource.AWARD
        ? "quotation-" + order.quotationId()
        : "order-" + order.id();
  }

  private ObjectNode release(String ocid, OffsetDateTime at, String... tags) {
    ObjectNode release = json.createObjectNode();
    release.put("ocid", ocid);
    release.put("id", "");
    release.put("date", dateTime(at));
    ArrayNode tag = release.putArray("tag");
    for (String t : tags) {
      tag.add(t);
    }
    release.put("initiationType", "tender");
    release.put("language", "id");
    return release;
  }

  private ObjectNode buyerParty(String workUnitCode) {
    ObjectNode party = json.createObjectNode();
    party.put("id", "work-unit-" + workUnitCode);
    party.put("name", workUnits.nameOf(workUnitCode).orElse(workUnitCode));
    party.putObject("address").put("region", "Kota Batu").put("countryName", "Indonesia");
    party.putArray("roles").add("buyer").add("procuringEntity");
    return party;
  }

  private ObjectNode supplierParty(OrderResponse order) {
    ObjectNode party = json.createObjectNode();
    party.put("id", "supplier-" + order.supplier().id());
    party.put("name", order.supplier().tradingName());
    SupplierSnapshot supplier = suppliers.snapshot(order.supplier().id()).orElse(null);
    if (supplier != null) {
      String district = supplier.district().name();
      party
          .putObject("address")
          .put("locality", district.charAt(0) + district.substring(1).toLowerCase(Locale.ROOT))
          .put("region", "Kota Batu")
          .put("countryName", "Indonesia");
    }
    party.putArray("roles").add("supplier");
    if (supplier != null) {
      party.putObject("details").put("umkmScale", supplier.scale().name().toLowerCase(Locale.ROOT));
    }
    return party;
  }

  private ObjectNode reference(JsonNode party) {
    ObjectNode reference = json.createObjectNode();
    reference.put("id", party.get("id").asText());
    reference.put("name", party.get("name").asText());
    return reference;
  }

  private ArrayNode items(OrderResponse order) {
    ArrayNode items = json.createArrayNode();
    for (OrderResponse.Line line : order.lines()) {
      ObjectNode item =
          item(line.lineNo(), line.description(), line.quantity(), line.unit().name());
      ((ObjectNode) item.get("unit")).set("value", value(line.unitPrice()));
      items.add(item);
    }
    return items;
  }

  private ObjectNode item(int lineNo, String description, int quantity, String unit) {
    ObjectNode item = json.createObjectNode();
    item.put("id", Integer.toString(lineNo));
    item.put("description", description);
    item.put("quantity", quantity);
    item.putObject("unit").put("name", unit);
    return item;
  }

  private ObjectNode value(BigDecimal amount) {
    ObjectNode value = json.createObjectNode();
    value.put("amount", amount);
    value.put("currency", CURRENCY);
    return value;
  }

  private static String category(Storefront storefront) {
    return storefront == Storefront.EVENT_SERVICE ? "services" : "goods";
  }

  private JsonNode read(String stored) {
    try {
      return json.readTree(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String dateTime(OffsetDateTime at) {
    return at.atZoneSameInstant(Clocks.CITY_ZONE)
        .toOffsetDateTime()
        .truncatedTo(ChronoUnit.SECONDS)
        .format(DATE_TIME);
  }

  /** A city day's first moment (the dates a delivery or a payment is known by). */
  private static String startOf(LocalDate day) {
    return dateTime(day.atStartOfDay(Clocks.CITY_ZONE).toOffsetDateTime());
  }

  /** A city day's last second (the day something is due). */
  private static String endOf(LocalDate day) {
    return dateTime(day.atTime(23, 59, 59).atZone(Clocks.CITY_ZONE).toOffsetDateTime());
  }
}

package id.banggaelokal.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banggaelokal.e2e.client.ApiException;
import id.banggaelokal.e2e.client.model.AcceptDeliveryRequest;
import id.banggaelokal.e2e.client.model.BusinessForm;
import id.banggaelokal.e2e.client.model.BusinessScale;
import id.banggaelokal.e2e.client.model.CounterOfferAnswer;
import id.banggaelokal.e2e.client.model.CounterOfferRequest;
import id.banggaelokal.e2e.client.model.CounterOfferStatus;
import id.banggaelokal.e2e.client.model.DeliveryRequest;
import id.banggaelokal.e2e.client.model.DirectOrderLine;
import id.banggaelokal.e2e.client.model.DirectOrderRequest;
import id.banggaelokal.e2e.client.model.District;
import id.banggaelokal.e2e.client.model.DocumentType;
import id.banggaelokal.e2e.client.model.EventServiceAttributes;
import id.banggaelokal.e2e.client.model.Fulfilment;
import id.banggaelokal.e2e.client.model.LineQuantity;
import id.banggaelokal.e2e.client.model.Listing;
import id.banggaelokal.e2e.client.model.ListingRequest;
import id.banggaelokal.e2e.client.model.ListingSearchItem;
import id.banggaelokal.e2e.client.model.ListingSearchResult;
import id.banggaelokal.e2e.client.model.ListingStatus;
import id.banggaelokal.e2e.client.model.Order;
import id.banggaelokal.e2e.client.model.OrderSource;
import id.banggaelokal.e2e.client.model.OrderStatus;
import id.banggaelokal.e2e.client.model.Participation;
import id.banggaelokal.e2e.client.model.PaymentMethod;
import id.banggaelokal.e2e.client.model.PaymentRequest;
import id.banggaelokal.e2e.client.model.PriceLine;
import id.banggaelokal.e2e.client.model.ProductAttributes;
import id.banggaelokal.e2e.client.model.PurchaseRequest;
import id.banggaelokal.e2e.client.model.PurchaseRequestLineRequest;
import id.banggaelokal.e2e.client.model.PurchaseRequestRequest;
import id.banggaelokal.e2e.client.model.PurchaseRequestStatus;
import id.banggaelokal.e2e.client.model.Quotation;
import id.banggaelokal.e2e.client.model.QuotationComparison;
import id.banggaelokal.e2e.client.model.QuotationRequest;
import id.banggaelokal.e2e.client.model.QuotationStatus;
import id.banggaelokal.e2e.client.model.RatingReply;
import id.banggaelokal.e2e.client.model.RatingRequest;
import id.banggaelokal.e2e.client.model.RentalAttributes;
import id.banggaelokal.e2e.client.model.SettingChange;
import id.banggaelokal.e2e.client.model.SettingKey;
import id.banggaelokal.e2e.client.model.SettingsUpdate;
import id.banggaelokal.e2e.client.model.Stats;
import id.banggaelokal.e2e.client.model.Storefront;
import id.banggaelokal.e2e.client.model.StorefrontSpend;
import id.banggaelokal.e2e.client.model.SupplierAddress;
import id.banggaelokal.e2e.client.model.SupplierBankAccount;
import id.banggaelokal.e2e.client.model.SupplierContact;
import id.banggaelokal.e2e.client.model.SupplierDocument;
import id.banggaelokal.e2e.client.model.SupplierProfile;
import id.banggaelokal.e2e.client.model.SupplierProfileRequest;
import id.banggaelokal.e2e.client.model.SupplierStatus;
import id.banggaelokal.e2e.client.model.Tax;
import id.banggaelokal.e2e.client.model.TaxLine;
import id.banggaelokal.e2e.client.model.TimelineEntry;
import id.banggaelokal.e2e.client.model.Unit;
import id.banggaelokal.e2e.client.model.WorkUnit;
import id.banggaelokal.e2e.client.model.WorkUnitCreateRequest;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The whole marketplace, driven through the client generated from openapi/openapi.yaml against the
 * packaged service, a real Keycloak with the realm of docker/ and PostgreSQL, as the realm's demo
 * users. Each step builds on the ones before it (on a fresh database: scripts/e2e.sh), so a failed
 * step skips the rest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(StopAfterFirstFailure.class)
class MarketplaceIT {

  private static final ZoneId CITY = ZoneId.of("Asia/Jakarta");
  private static final String WORK_UNIT = "DISKOMINFO";

  /** The threshold the admin sets: the awarded order (6,875,000) is above it, the rental not. */
  private static final BigDecimal APPROVAL_THRESHOLD = new BigDecimal("5000000");

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  private final DemoUser admin = DemoUser.named("admin1");
  private final DemoUser supplier1 = DemoUser.named("supplier1");
  private final DemoUser supplier2 = DemoUser.named("supplier2");
  private final DemoUser buyer = DemoUser.named("buyer1");
  private final DemoUser approver = DemoUser.named("approver1");
  private final DemoUser treasurer = DemoUser.named("treasurer1");
  private final DemoUser auditor = DemoUser.named("auditor1");

  private long supplier1Id;
  private long supplier2Id;
  private long catering;
  private long tent;
  private long chips;
  private long purchaseRequest;
  private long awardedQuotation;
  private long awardedOrder;
  private long rentalOrder;

  @Test
  @org.junit.jupiter.api.Order(1)
  void theAdminSetsUpTheWorkUnitAndTheApprovalThreshold() throws ApiException {
    WorkUnit unit =
        admin
            .workUnits()
            .createWorkUnit(
                new WorkUnitCreateRequest()
                    .code(WORK_UNIT)
                    .name("Dinas Komunikasi dan Informatika")
                    .address("Balai Kota Among Tani, Jl. Panglima Sudirman 507, Batu"),
                UUID.randomUUID().toString());
    assertEquals(WORK_UNIT, unit.getCode());
    assertEquals(true, unit.getActive());

    long settingsVersion = admin.settings().getSettings().getVersion();
    var settings =
        admin
            .settings()
            .updateSettings(
                new SettingsUpdate()
                    .addChangesItem(
                        new SettingChange()
                            .key(SettingKey.APPROVAL_THRESHOLD)
                            .value(APPROVAL_THRESHOLD)
                            .effectiveFrom(today())),
                "\"" + settingsVersion + "\"");
    assertTrue(settings.getVersion() > settingsVersion);
    assertThat(
        settings.getSettings().stream()
            .filter(s -> s.getKey() == SettingKey.APPROVAL_THRESHOLD)
            .findFirst()
            .orElseThrow()
            .getValue(),
        comparesEqualTo(APPROVAL_THRESHOLD));
    status(403, () -> buyer.settings().getSettings());
  }

  @Test
  @org.junit.jupiter.api.Order(2)
  void suppliersRegisterUploadTheirDocumentsAndAreVerifiedByTheAdmin() throws Exception {
    supplier1Id = registerAndVerify(supplier1, profile("CV Apel Makmur", "Apel Makmur", true));
    supplier2Id =
        registerAndVerify(supplier2, profile("UD Katering Sejahtera", "Katering Sejahtera", false));

    var verified =
        admin.verification().listSuppliersForVerification(0, null, 20, SupplierStatus.VERIFIED);
    assertThat(verified.getTotalItems(), equalTo(2L));
    var published = buyer.suppliers().getPublicSupplier(supplier1Id);
    assertEquals("Apel Makmur", published.getTradingName());
    assertEquals(District.BUMIAJI, published.getDistrict());
  }

  @Test
  @org.junit.jupiter.api.Order(3)
  void suppliersListAnEventServiceARentalAndAProductAndPublishThem() throws ApiException {
    catering = publish(supplier1, eventService("Katering nasi kotak ayam bakar", "35000"));
    tent = publish(supplier1, rental("Sewa tenda sarnafil 5x5", 5, "500000"));
    chips = publish(supplier1, product("Keripik apel Batu", "25000"));
    publish(supplier2, eventService("Katering prasmanan rapat", "37000"));

    Listing listing = buyer.catalogue().getListing(tent);
    assertEquals(ListingStatus.PUBLISHED, listing.getStatus());
    assertEquals(5, listing.getRental().getQuantityOwned());
    assertEquals(
        3, supplier1.catalogue().listMyListings(0, 20, ListingStatus.PUBLISHED).getItems().size());
  }

  @Test
  @org.junit.jupiter.api.Order(4)
  void aBuyerSearchesTheCatalogue() throws ApiException {
    ListingSearchResult caterers =
        buyer
            .catalogue()
            .searchListings(
                null, null, null, null, null, null, 0, "katering", null, 20, null, null, null);
    assertThat(caterers.getTotalItems(), equalTo(2L));
    assertThat(
        caterers.getItems().stream().map(ListingSearchItem::getId).toList(), hasItem(catering));

    // Stemmed: "penyewaan" finds "sewa"; the rental is free on the days the buyer needs it.
    LocalDate from = today().plusDays(5);
    ListingSearchResult rentals =
        buyer
            .catalogue()
            .searchListings(
                from,
                from.plusDays(2),
                null,
                null,
                null,
                null,
                0,
                "penyewaan tenda",
                null,
                20,
                null,
                Storefront.RENTAL,
                null);
    assertThat(rentals.getItems().stream().map(ListingSearchItem::getId).toList(), hasItem(tent));
    assertEquals(
        5, buyer.catalogue().getRentalAvailability(tent, from, from).getDays().get(0).getFree());
  }

  @Test
  @org.junit.jupiter.api.Order(5)
  void theBuyerCreatesAndPublishesAPurchaseRequestAndTwoInvitedSuppliersQuote()
      throws ApiException {
    PurchaseRequest draft =
        buyer
            .purchaseRequests()
            .createPurchaseRequest(
                eventRequest(
                    OffsetDateTime.now(ZoneOffset.UTC).plusDays(2),
                    List.of(supplier1Id, supplier2Id)),
                UUID.randomUUID().toString());
    purchaseRequest = draft.getId();
    assertEquals(PurchaseRequestStatus.DRAFT, draft.getStatus());
    assertThat(draft.getEstimateTotal(), comparesEqualTo(new BigDecimal("7750000")));
    assertEquals(
        PurchaseRequestStatus.OPEN,
        buyer.purchaseRequests().publishPurchaseRequest(purchaseRequest, null).getStatus());

    awardedQuotation =
        supplier1
            .quotations()
            .submitQuotation(purchaseRequest, quotation(5, "34000", "2500000"), null)
            .getId();
    Quotation rival =
        supplier2
            .quotations()
            .submitQuotation(purchaseRequest, quotation(7, "35000", "2500000"), null);
    assertEquals(QuotationStatus.SUBMITTED, rival.getStatus());

    // Sealed: the buyer sees how many, but not what, until the request closes.
    assertEquals(
        2, buyer.purchaseRequests().getPurchaseRequest(purchaseRequest).getQuotationCount());
    status(409, () -> buyer.quotations().listRequestQuotations(purchaseRequest, null, null));
    status(404, () -> supplier2.quotations().getQuotation(awardedQuotation));
  }

  @Test
  @org.junit.jupiter.api.Order(6)
  void theBuyerComparesNegotiatesAndAwardsAboveTheThreshold() throws ApiException {
    // Every invited supplier has quoted, so the buyer may close before the deadline.
    assertEquals(
        PurchaseRequestStatus.CLOSED,
        buyer.purchaseRequests().closePurchaseRequest(purchaseRequest, null).getStatus());
    QuotationComparison comparison = buyer.quotations().compareQuotations(purchaseRequest);
    assertThat(comparison.getEstimateTotal(), comparesEqualTo(new BigDecimal("7750000")));
    assertEquals(
        List.of(awardedQuotation),
        comparison.getQuotations().stream()
            .filter(q -> q.getRank() == 1)
            .map(q -> q.getQuotationId())
            .toList());
    assertThat(
        comparison.getQuotations().get(0).getTotal(), comparesEqualTo(new BigDecimal("7600000")));

    buyer
        .quotations()
        .sendCounterOffer(
            awardedQuotation, counterOffer("30000", "2300000"), UUID.randomUUID().toString());
    Quotation countered =
        supplier1
            .quotations()
            .counterCounterOffer(
                awardedQuotation,
                1,
                new CounterOfferAnswer().lines(prices("31000", "2350000")).message("Harga akhir."),
                null);
    assertEquals(CounterOfferStatus.COUNTERED, countered.getCounterOffers().get(0).getStatus());
    assertThat(countered.getTotal(), comparesEqualTo(new BigDecimal("7000000")));
    buyer
        .quotations()
        .sendCounterOffer(
            awardedQuotation, counterOffer("30500", "2300000"), UUID.randomUUID().toString());
    Quotation agreed = supplier1.quotations().acceptCounterOffer(awardedQuotation, 2, null);
    assertThat(agreed.getTotal(), comparesEqualTo(new BigDecimal("6875000")));

    Order order =
        buyer.quotations().acceptQuotation(awardedQuotation, UUID.randomUUID().toString(), null);
    awardedOrder = order.getId();
    assertEquals(OrderStatus.PLACED, order.getStatus());
    assertEquals(OrderSource.AWARD, order.getSource());
    assertEquals(WORK_UNIT, order.getWorkUnitCode());
    assertEquals(true, order.getApprovalRequired());
    assertThat(order.getTotal(), comparesEqualTo(new BigDecimal("6875000")));
    assertThat(order.getLines().get(0).getUnitPrice(), comparesEqualTo(new BigDecimal("30500")));

    PurchaseRequest awarded = buyer.purchaseRequests().getPurchaseRequest(purchaseRequest);
    assertEquals(PurchaseRequestStatus.AWARDED, awarded.getStatus());
    assertEquals(awardedOrder, awarded.getOrderId());
    assertEquals(
        QuotationStatus.NOT_AWARDED,
        supplier2.quotations().listMyQuotations(0, 10, null).getItems().get(0).getStatus());
  }

  @Test
  @org.junit.jupiter.api.Order(7)
  void theApproverApprovesAndTheSupplierConfirmsAndDelivers() throws ApiException {
    status(409, () -> supplier1.orders().confirmOrder(awardedOrder, null));
    status(403, () -> buyer.orders().approveOrder(awardedOrder, null));
    Order approved = approver.orders().approveOrder(awardedOrder, null);
    assertEquals(OrderStatus.APPROVED, approved.getStatus());
    assertEquals("SP/" + WORK_UNIT + "/" + today().getYear() + "/1", approved.getPoNumber());

    status(404, () -> supplier2.orders().confirmOrder(awardedOrder, null));
    assertEquals(
        OrderStatus.CONFIRMED, supplier1.orders().confirmOrder(awardedOrder, null).getStatus());
    Order delivered =
        supplier1
            .orders()
            .recordDelivery(
                awardedOrder, delivery(1, 150, 2, 1), UUID.randomUUID().toString());
    assertEquals(OrderStatus.DELIVERED, delivered.getStatus());
  }

  @Test
  @org.junit.jupiter.api.Order(8)
  void theBuyerAcceptsTheSupplierInvoicesTheTreasurerPaysAndTheBuyerRates() throws ApiException {
    Order order = buyer.orders().getOrder(awardedOrder);
    long handover = order.getDeliveries().get(order.getDeliveries().size() - 1).getId();
    Order accepted =
        buyer.orders().acceptDelivery(handover, awardedOrder, new AcceptDeliveryRequest(), null);
    assertEquals(OrderStatus.ACCEPTED, accepted.getStatus());
    assertThat(accepted.getDeliveries().get(0).getBastNumber(), startsWith("BAST/" + WORK_UNIT));

    // Supplier 1 is PKP without a PP 55 certificate: PPN 12% × 11/12 of 6,875,000 = 756,250
    // collected, PPh 23 2% = 137,500 withheld.
    Order invoiced = supplier1.orders().issueInvoice(awardedOrder, null);
    assertEquals(OrderStatus.INVOICED, invoiced.getStatus());
    var invoice = invoiced.getInvoice();
    assertThat(invoice.getSubtotal(), comparesEqualTo(new BigDecimal("6875000")));
    assertEquals(
        List.of(Tax.PPN, Tax.PPH_23), invoice.getTaxLines().stream().map(TaxLine::getTax).toList());
    assertThat(
        invoice.getTaxLines().get(0).getAmount(), comparesEqualTo(new BigDecimal("756250")));
    assertThat(
        invoice.getTaxLines().get(1).getAmount(), comparesEqualTo(new BigDecimal("137500")));
    assertThat(invoice.getTotal(), comparesEqualTo(new BigDecimal("7631250")));
    assertThat(invoice.getNetPayable(), comparesEqualTo(new BigDecimal("6737500")));
    assertEquals(today().plusDays(14), invoice.getDueOn());

    status(403, () -> buyer.orders().recordPayment(awardedOrder, payment("1000"), null));
    Order partly = treasurer.orders().recordPayment(awardedOrder, payment("3000000"), null);
    assertEquals(OrderStatus.INVOICED, partly.getStatus());
    Order paid = treasurer.orders().recordPayment(awardedOrder, payment("3737500"), null);
    assertEquals(OrderStatus.COMPLETED, paid.getStatus());
    assertThat(paid.getAmountPaid(), comparesEqualTo(new BigDecimal("6737500")));

    Order rated =
        buyer
            .orders()
            .rateOrder(awardedOrder, new RatingRequest().score(5).comment("Tepat waktu, enak."));
    assertEquals(5, rated.getRating().getScore());
    supplier1.orders().replyToRating(awardedOrder, new RatingReply().reply("Terima kasih."), null);
    assertThat(
        buyer.suppliers().getPublicSupplier(supplier1Id).getRatingAverage(),
        comparesEqualTo(new BigDecimal("5")));

    List<TimelineEntry> timeline = auditor.orders().getOrderTimeline(awardedOrder, null, null).getItems();
    assertEquals(
        List.of(
            "order.placed",
            "order.approved",
            "order.confirmed",
            "order.delivery-recorded",
            "order.delivered",
            "order.delivery-accepted",
            "order.invoiced",
            "order.payment-recorded",
            "order.paid",
            "order.completed",
            "order.rated",
            "order.rating-replied"),
        timeline.stream().map(TimelineEntry::getAction).toList());
    assertThat(timeline.stream().map(TimelineEntry::getRole).toList(), hasItem("approver"));
    assertThat(timeline.stream().map(TimelineEntry::getRole).toList(), hasItem("treasurer"));
    assertThat(
        timeline.stream().map(TimelineEntry::getActor).toList(), hasItem(treasurer.subject()));
  }

  @Test
  @org.junit.jupiter.api.Order(9)
  void aRentalIsOrderedDirectlyBelowTheThresholdAndRunsToPayment() throws ApiException {
    LocalDate from = today().plusDays(5);
    LocalDate to = from.plusDays(2);
    Order placed =
        buyer
            .orders()
            .placeDirectOrder(
                UUID.randomUUID().toString(),
                new DirectOrderRequest()
                    .addLinesItem(
                        new DirectOrderLine()
                            .listingId(tent)
                            .quantity(2)
                            .rentalFrom(from)
                            .rentalTo(to))
                    .deliveryPlace("Alun-alun Kota Batu")
                    .deliveryDate(from));
    rentalOrder = placed.getId();
    assertEquals(OrderSource.DIRECT, placed.getSource());
    assertEquals(false, placed.getApprovalRequired());
    assertEquals(3, placed.getLines().get(0).getPeriods());
    assertThat(placed.getTotal(), comparesEqualTo(new BigDecimal("3000000")));

    assertEquals(
        OrderStatus.CONFIRMED, supplier1.orders().confirmOrder(rentalOrder, null).getStatus());
    assertEquals(
        3, buyer.catalogue().getRentalAvailability(tent, from, to).getDays().get(2).getFree());
    Order delivered =
        supplier1.orders().recordDelivery(rentalOrder, delivery(1, 2), UUID.randomUUID().toString());
    buyer
        .orders()
        .acceptDelivery(
            delivered.getDeliveries().get(0).getId(), rentalOrder, new AcceptDeliveryRequest(), null);
    // 500,000 × 2 tents × 3 days = 3,000,000: PPN 330,000 collected, PPh 23 60,000 withheld.
    Order invoiced = supplier1.orders().issueInvoice(rentalOrder, null);
    List<TaxLine> taxes = invoiced.getInvoice().getTaxLines();
    assertEquals(List.of(Tax.PPN, Tax.PPH_23), taxes.stream().map(TaxLine::getTax).toList());
    assertThat(taxes.get(0).getAmount(), comparesEqualTo(new BigDecimal("330000")));
    assertThat(taxes.get(1).getAmount(), comparesEqualTo(new BigDecimal("60000")));
    assertThat(invoiced.getInvoice().getNetPayable(), comparesEqualTo(new BigDecimal("2940000")));
    Order paid = treasurer.orders().recordPayment(rentalOrder, payment("2940000"), null);
    assertEquals(OrderStatus.COMPLETED, paid.getStatus());
    assertEquals(
        List.of(
            "order.placed",
            "order.confirmed",
            "order.delivery-recorded",
            "order.delivered",
            "order.delivery-accepted",
            "order.invoiced",
            "order.paid",
            "order.completed"),
        buyer.orders().getOrderTimeline(rentalOrder, null, null).getItems().stream()
            .map(TimelineEntry::getAction)
            .toList());
  }

  @Test
  @org.junit.jupiter.api.Order(10)
  void thePublicStatisticsShowWhatWasPaid() throws ApiException {
    // Read for the first time now (the service keeps a year's figures for a minute).
    Stats stats = DemoUser.transparencyForAnyone().getStats(today().getYear());
    assertThat(stats.getTotalSpend(), comparesEqualTo(new BigDecimal("9677500")));
    assertEquals(3L, stats.getPayments());
    assertEquals(2L, stats.getVerifiedSuppliers());
    assertEquals(1L, stats.getSuppliersPaid());
    Map<Storefront, BigDecimal> byStorefront = new LinkedHashMap<>();
    for (StorefrontSpend spend : stats.getByStorefront()) {
      byStorefront.put(spend.getStorefront(), spend.getAmount());
    }
    assertThat(byStorefront.get(Storefront.EVENT_SERVICE), comparesEqualTo(new BigDecimal("6737500")));
    assertThat(byStorefront.get(Storefront.RENTAL), comparesEqualTo(new BigDecimal("2940000")));
    assertThat(
        stats.getByWorkUnit().stream()
            .filter(u -> u.getWorkUnitCode().equals(WORK_UNIT))
            .findFirst()
            .orElseThrow()
            .getAmount(),
        comparesEqualTo(new BigDecimal("9677500")));
    assertThat(
        stats.getMicroAndSmallBusinesses().getAmount(), comparesEqualTo(new BigDecimal("9677500")));
    assertThat(stats.getMonthly(), hasSize(12));
  }

  @Test
  @org.junit.jupiter.api.Order(11)
  void theOcdsFeedPublishesEveryStepOfBothPurchases() throws ApiException {
    List<Map<String, Object>> releases = new ArrayList<>();
    Long since = null;
    while (true) {
      var page = DemoUser.transparencyForAnyone().listOcdsReleases(100, since);
      assertEquals("1.1", page.getVersion());
      for (Object release : page.getReleases()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) release;
        releases.add(map);
      }
      if (page.getReleases().isEmpty()
          || page.getLinks() == null
          || page.getLinks().getNext() == null) {
        break;
      }
      since = Long.valueOf(page.getLinks().getNext().replaceAll(".*[?&]since=(\\d+).*", "$1"));
    }
    Map<String, List<Map<String, Object>>> byOcid = new LinkedHashMap<>();
    for (Map<String, Object> release : releases) {
      byOcid.computeIfAbsent((String) release.get("ocid"), o -> new ArrayList<>()).add(release);
    }

    List<Map<String, Object>> purchase = byOcid.get("ocds-bel001-pr-" + purchaseRequest);
    assertNotNull(purchase, "releases of the purchase request: " + byOcid.keySet());
    assertEquals(
        List.of(
            "[tender]",
            "[award]",
            "[contract]",
            "[contract]",
            "[implementation]",
            "[implementation]",
            "[implementation, contractTermination]"),
        purchase.stream().map(r -> String.valueOf(r.get("tag"))).toList());
    Map<String, Object> award = first(purchase.get(1), "awards");
    assertEquals("quotation-" + awardedQuotation, award.get("id"));
    assertEquals("pending", first(purchase.get(2), "contracts").get("status"));
    assertEquals("active", first(purchase.get(3), "contracts").get("status"));

    List<Map<String, Object>> direct = byOcid.get("ocds-bel001-order-" + rentalOrder);
    assertNotNull(direct, "releases of the direct order: " + byOcid.keySet());
    assertEquals(
        List.of(
            "[tender, award]",
            "[contract]",
            "[implementation]",
            "[implementation, contractTermination]"),
        direct.stream().map(r -> String.valueOf(r.get("tag"))).toList());
    @SuppressWarnings("unchecked")
    Map<String, Object> tender = (Map<String, Object>) direct.get(0).get("tender");
    assertEquals("direct", tender.get("procurementMethod"));
  }

  // --- steps ----------------------------------------------------------------------------------

  private long registerAndVerify(DemoUser owner, SupplierProfileRequest profile) throws Exception {
    SupplierProfile registered =
        owner.suppliers().registerSupplier(profile, UUID.randomUUID().toString());
    assertEquals(SupplierStatus.DRAFT, registered.getStatus());
    upload(owner, DocumentType.NIB, PDF, "nib.pdf");
    upload(owner, DocumentType.NPWP, PNG, "npwp.png");
    assertEquals(
        SupplierStatus.SUBMITTED, owner.suppliers().submitMySupplierProfile(null).getStatus());
    status(403, () -> owner.verification().verifySupplier(registered.getId(), null));

    // The admin reviews the documents before verifying.
    List<SupplierDocument> documents =
        admin.verification().listSupplierDocuments(registered.getId(), null, null).getItems();
    assertEquals(
        java.util.Set.of(DocumentType.NIB, DocumentType.NPWP),
        documents.stream().map(SupplierDocument::getType).collect(java.util.stream.Collectors.toSet()));
    File nib =
        admin
            .verification()
            .downloadSupplierDocument(
                documents.stream()
                    .filter(d -> d.getType() == DocumentType.NIB)
                    .findFirst()
                    .orElseThrow()
                    .getId(),
                registered.getId());
    assertTrue(java.util.Arrays.equals(PDF, Files.readAllBytes(nib.toPath())));
    SupplierProfile verified = admin.verification().verifySupplier(registered.getId(), null);
    assertEquals(SupplierStatus.VERIFIED, verified.getStatus());
    return verified.getId();
  }

  private static void upload(DemoUser owner, DocumentType type, byte[] content, String name)
      throws IOException, ApiException {
    File file = Files.createTempDirectory("e2e-doc").resolve(name).toFile();
    Files.write(file.toPath(), content);
    file.deleteOnExit();
    SupplierDocument document =
        owner
            .suppliers()
            .uploadMySupplierDocument(
                UUID.randomUUID().toString(),
                type,
                "DOC-" + digits(6),
                today().minusYears(1),
                today().plusYears(4),
                file);
    assertEquals(type, document.getType());
  }

  private static long publish(DemoUser seller, ListingRequest listing) throws ApiException {
    Listing draft = seller.catalogue().createListing(listing, UUID.randomUUID().toString());
    assertEquals(ListingStatus.DRAFT, draft.getStatus());
    Listing published = seller.catalogue().publishListing(draft.getId(), null);
    assertEquals(ListingStatus.PUBLISHED, published.getStatus());
    return published.getId();
  }

  // --- data -----------------------------------------------------------------------------------

  private static LocalDate today() {
    return LocalDate.now(CITY);
  }

  private static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    digits.append(ThreadLocalRandom.current().nextInt(1, 10));
    while (digits.length() < count) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  private static SupplierProfileRequest profile(String legalName, String tradingName, boolean pkp) {
    String npwp = digits(16);
    return new SupplierProfileRequest()
        .legalName(legalName)
        .tradingName(tradingName)
        .businessForm(BusinessForm.CV)
        .scale(BusinessScale.MICRO)
        .nib(digits(13))
        .npwp(npwp)
        .nitku(npwp + "000001")
        .ownerName("Siti Rahayu")
        .ownerNik(digits(16))
        .kbliCodes(List.of("10794", "56210"))
        .pkp(pkp)
        .pp55Certificate(false)
        .address(
            new SupplierAddress()
                .street("Jl. Raya Punten No. 12")
                .village("Punten")
                .district(District.BUMIAJI)
                .postalCode("65338"))
        .contact(new SupplierContact().phone("0812-3456-7890").email("halo@umkm.example.id"))
        .bankAccount(
            new SupplierBankAccount()
                .bankName("Bank Jatim")
                .accountNumber(digits(10))
                .accountHolder(legalName));
  }

  private static ListingRequest listing(
      Storefront storefront, String category, String title, String price, Unit unit) {
    return new ListingRequest()
        .storefront(storefront)
        .categoryCode(category)
        .title(title)
        .description(title + " dari UMKM Kota Batu, kualitas terjamin.")
        .price(new BigDecimal(price))
        .unit(unit);
  }

  private static ListingRequest eventService(String title, String price) {
    return listing(Storefront.EVENT_SERVICE, "CATERING", title, price, Unit.PER_PERSON)
        .eventService(
            new EventServiceAttributes()
                .capacityMin(50)
                .capacityMax(500)
                .serviceArea(List.of("Kota Batu"))
                .includes(List.of("Nasi kotak", "Air mineral"))
                .leadTimeDays(3));
  }

  private static ListingRequest rental(String title, int quantityOwned, String price) {
    return listing(Storefront.RENTAL, "TENT", title, price, Unit.PER_DAY)
        .rental(
            new RentalAttributes()
                .quantityOwned(quantityOwned)
                .deposit(new BigDecimal("500000"))
                .fulfilment(Fulfilment.DELIVERY));
  }

  private static ListingRequest product(String title, String price) {
    return listing(Storefront.FLAGSHIP_PRODUCT, "PROCESSED_APPLE", title, price, Unit.PACK)
        .product(new ProductAttributes().stock(100).minimumOrder(1).weightGrams(250));
  }

  /** Catering for 150 and a decoration package: estimate 150 × 35,000 + 2,500,000. */
  private static PurchaseRequestRequest eventRequest(
      OffsetDateTime deadline, List<Long> invitedSuppliers) {
    return new PurchaseRequestRequest()
        .title("Katering rapat koordinasi OPD")
        .storefront(Storefront.EVENT_SERVICE)
        .description("Makan siang 150 peserta dan dekorasi ruang rapat.")
        .addLinesItem(
            new PurchaseRequestLineRequest()
                .description("Nasi kotak ayam bakar")
                .quantity(150)
                .unit(Unit.PER_PERSON)
                .estimateUnitPrice(new BigDecimal("35000")))
        .addLinesItem(
            new PurchaseRequestLineRequest()
                .description("Dekorasi ruang rapat")
                .quantity(1)
                .unit(Unit.PACKAGE)
                .estimateUnitPrice(new BigDecimal("2500000")))
        .budgetCode("5.1.02.01.01.0052")
        .deliveryPlace("Balai Kota Among Tani, Jl. Panglima Sudirman 507, Batu")
        .deliveryDate(deadline.atZoneSameInstant(CITY).toLocalDate().plusDays(7))
        .quotationDeadline(deadline)
        .participation(Participation.INVITED)
        .invitedSupplierIds(invitedSuppliers);
  }

  private static List<PriceLine> prices(String... unitPrices) {
    List<PriceLine> lines = new ArrayList<>();
    for (int i = 0; i < unitPrices.length; i++) {
      lines.add(new PriceLine().lineNo(i + 1).unitPrice(new BigDecimal(unitPrices[i])));
    }
    return lines;
  }

  private static QuotationRequest quotation(int deliveryDays, String... unitPrices) {
    return new QuotationRequest()
        .lines(prices(unitPrices))
        .deliveryDays(deliveryDays)
        .validUntil(today().plusDays(60))
        .notes("Harga termasuk pengantaran.");
  }

  private static CounterOfferRequest counterOffer(String... unitPrices) {
    return new CounterOfferRequest().lines(prices(unitPrices)).message("Mohon sesuai HPS.");
  }

  /** A delivery of these quantities: line number, quantity, line number, quantity, … */
  private static DeliveryRequest delivery(int... lineQuantities) {
    DeliveryRequest delivery = new DeliveryRequest().deliveredOn(today());
    for (int i = 0; i < lineQuantities.length; i += 2) {
      delivery.addLinesItem(
          new LineQuantity().lineNo(lineQuantities[i]).quantity(lineQuantities[i + 1]));
    }
    return delivery;
  }

  private static PaymentRequest payment(String amount) {
    return new PaymentRequest()
        .amount(new BigDecimal(amount))
        .paidOn(today())
        .method(PaymentMethod.SP2_D_TRANSFER)
        .reference("SP2D " + digits(8));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(Map<String, Object> release, String list) {
    return ((List<Map<String, Object>>) release.get(list)).get(0);
  }

  /** Asserts that the call is refused with this HTTP status. */
  private static void status(int expected, Executable call) {
    ApiException refused = assertThrows(ApiException.class, call);
    assertEquals(expected, refused.getCode(), refused.getResponseBody());
  }
}

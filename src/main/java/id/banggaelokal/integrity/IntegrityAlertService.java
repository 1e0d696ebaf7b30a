package id.banggaelokal.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.integrity.api.AlertStatus;
import id.banggaelokal.integrity.api.IntegrityAlertResponse;
import id.banggaelokal.integrity.api.IntegrityRule;
import id.banggaelokal.platform.audit.AuditLog;
import id.banggaelokal.platform.error.ApiException;
import id.banggaelokal.platform.i18n.Messages;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.time.Clocks;
import id.banggaelokal.platform.version.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Reading integrity alerts, and the admin's decision on each. */
@ApplicationScoped
public class IntegrityAlertService {

  static final String ENTITY = "integrity-alert";

  private final IntegrityAlertRepository alerts;
  private final AuditLog audit;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final ObjectMapper json;
  private final Clock clock;

  IntegrityAlertService(
      IntegrityAlertRepository alerts,
      AuditLog audit,
      CurrentUser currentUser,
      Messages messages,
      ObjectMapper json,
      Clock clock) {
    this.alerts = alerts;
    this.audit = audit;
    this.currentUser = currentUser;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  /** Alerts by rule, status, period of detection (city days, inclusive), work unit and supplier. */
  @Transactional
  public Page<IntegrityAlertResponse> list(
      IntegrityRule rule,
      AlertStatus status,
      LocalDate from,
      LocalDate to,
      String workUnitCode,
      Long supplierId,
      Locale locale,
      PageParams paging) {
    IntegrityAlertRepository.Filter filter =
        new IntegrityAlertRepository.Filter(
            rule,
            status,
            from == null ? null : from.atStartOfDay(Clocks.CITY_ZONE).toOffsetDateTime(),
            to == null ? null : to.plusDays(1).atStartOfDay(Clocks.CITY_ZONE).toOffsetDateTime(),
            workUnitCode,
            supplierId);
    return alerts.search(filter, paging).map(alert -> response(alert, locale));
  }

  @Transactional
  public IntegrityAlertResponse get(long id, Locale locale) {
    return response(find(id, LockModeType.NONE), locale);
  }

  /** Dismisses an open alert, with the reason (409 unless it is open). */
  @Transactional
  public IntegrityAlertResponse dismiss(long id, String reason, String ifMatch, Locale locale) {
    return decide(id, AlertStatus.Action.DISMISS, reason.strip(), ifMatch, locale);
  }

  /** Confirms an open alert, with an optional note (409 unless it is open). */
  @Transactional
  public IntegrityAlertResponse confirm(long id, String note, String ifMatch, Locale locale) {
    String text = note == null || note.isBlank() ? null : note.strip();
    return decide(id, AlertStatus.Action.CONFIRM, text, ifMatch, locale);
  }

  private IntegrityAlertResponse decide(
      long id, AlertStatus.Action action, String reason, String ifMatch, Locale locale) {
    IntegrityAlert alert = find(id, LockModeType.PESSIMISTIC_WRITE);
    Versions.checkIfMatch(ifMatch, alert.version());
    AlertStatus before = alert.status();
    alert.decide(action, reason, currentUser.actorId(), OffsetDateTime.now(clock));
    alerts.flush();
    audit.record(
        action == AlertStatus.Action.DISMISS
            ? "integrity-alert.dismissed"
            : "integrity-alert.confirmed",
        ENTITY,
        id,
        Map.of("status", before),
        reason == null
            ? Map.of("status", alert.status())
            : Map.of("status", alert.status(), "reason", reason));
    return response(alert, locale);
  }

  private IntegrityAlert find(long id, LockModeType lock) {
    IntegrityAlert alert = alerts.findById(id, lock);
    if (alert == null) {
      throw ApiException.notFound("integrity.alert.not-found", Long.toString(id));
    }
    return alert;
  }

  private IntegrityAlertResponse response(IntegrityAlert alert, Locale locale) {
    JsonNode evidence = parse(alert.evidence());
    return new IntegrityAlertResponse(
        alert.id(),
        alert.rule(),
        alert.status(),
        alert.detectedAt(),
        summary(alert.rule(), evidence, locale),
        alert.workUnitCode(),
        Arrays.asList(alert.supplierIds()),
        evidence,
        alert.statusReason(),
        alert.decidedBy(),
        alert.decidedAt(),
        alert.version());
  }

  private JsonNode parse(String evidence) {
    try {
      return json.readTree(evidence);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("integrity evidence is not JSON", e);
    }
  }

  /** The alert in words, from its evidence. */
  private String summary(IntegrityRule rule, JsonNode e, Locale locale) {
    Object[] arguments =
        switch (rule) {
          case BUYER_SUPPLIER_CONCENTRATION ->
              new Object[] {
                text(e, "workUnitCode"),
                number(e, "sharePercent"),
                number(e, "pairSpend"),
                number(e, "workUnitSpend"),
                text(e, "supplierId"),
                day(e, "periodFrom"),
                day(e, "periodTo")
              };
          case FRESH_LISTING_ORDERED ->
              new Object[] {
                text(e, "orderId"),
                text(e, "listingId"),
                number(e, "hoursAfterPublication"),
                text(e, "workUnitCode")
              };
          case PRICE_RAISED_BEFORE_ORDER ->
              new Object[] {
                text(e, "listingId"),
                number(e, "previousPrice"),
                number(e, "raisedPrice"),
                day(e, "raisedAt"),
                text(e, "orderId"),
                day(e, "placedAt")
              };
          case SHARED_BANK_ACCOUNT ->
              new Object[] {
                e.path("supplierIds").size(),
                text(e, "bankName"),
                text(e, "accountNumber"),
                ids(e.path("supplierIds"))
              };
          case SHARED_OWNER_NIK ->
              new Object[] {e.path("supplierIds").size(), ids(e.path("supplierIds"))};
          case SPLIT_ORDERS ->
              new Object[] {
                text(e, "workUnitCode"),
                text(e, "supplierId"),
                e.path("orderIds").size(),
                number(e, "total"),
                number(e, "approvalThreshold"),
                day(e, "firstPlacedAt"),
                day(e, "lastPlacedAt"),
                ids(e.path("orderIds"))
              };
        };
    return messages.get(locale, "integrity.summary." + rule.name(), arguments);
  }

  private static String text(JsonNode evidence, String field) {
    return evidence.path(field).asText("");
  }

  private static BigDecimal number(JsonNode evidence, String field) {
    JsonNode value = evidence.path(field);
    return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
  }

  /** The city day of a timestamp in the evidence. */
  private static String day(JsonNode evidence, String field) {
    String value = evidence.path(field).asText("");
    try {
      return OffsetDateTime.parse(value)
          .atZoneSameInstant(Clocks.CITY_ZONE)
          .toLocalDate()
          .toString();
    } catch (RuntimeException unparsable) {
      return value;
    }
  }

  private static String ids(JsonNode array) {
    List<String> ids =
        StreamSupport.stream(array.spliterator(), false).map(n -> "#" + n.asText()).toList();
    return ids.stream().limit(20).collect(Collectors.joining(", "))
        + (ids.size() > 20 ? ", …" : "");
  }
}

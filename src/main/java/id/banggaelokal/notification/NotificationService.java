package id.banggaelokal.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.notification.api.NotificationResponse;
import id.banggaelokal.notification.api.Recipient;
import id.banggaelokal.platform.i18n.Messages;
import id.banggaelokal.platform.jdbc.TransactionSql;
import id.banggaelokal.platform.paging.Page;
import id.banggaelokal.platform.paging.PageParams;
import id.banggaelokal.platform.security.CurrentUser;
import id.banggaelokal.platform.security.Roles;
import id.banggaelokal.supplier.SupplierService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outbox: other features record notifications here in the transaction of the change they
 * announce, so that a notification exists exactly when its change does. {@link NotificationSender}
 * mails them; readers list theirs.
 */
@ApplicationScoped
public class NotificationService {

  private static final List<String> STAFF_ROLES =
      List.of(Roles.BUYER, Roles.APPROVER, Roles.TREASURER);

  private final NotificationRepository notifications;
  private final TransactionSql sql;
  private final SupplierService suppliers;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final ObjectMapper json;
  private final Clock clock;

  NotificationService(
      NotificationRepository notifications,
      TransactionSql sql,
      SupplierService suppliers,
      CurrentUser currentUser,
      Messages messages,
      ObjectMapper json,
      Clock clock) {
    this.notifications = notifications;
    this.sql = sql;
    this.suppliers = suppliers;
    this.currentUser = currentUser;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a notification of {@code event} for {@code recipient}, in the caller's transaction.
   *
   * @param eventKey identifies the event (e.g. {@code order:42:confirmed:17}); a recipient gets one
   *     notification per key
   * @param arguments named values that its messages show (order id, numbers, amounts)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Recipient recipient,
      String event,
      String eventKey,
      Long orderId,
      Map<String, Object> arguments) {
    // Plain SQL, not a persisted Notification, as the audit log does: order placement writes one
    // every time (see TransactionSql). It starts as the Notification constructor starts one:
    // pending now when the recipient has an address, never to be mailed when it has none. Nothing
    // reads it before the commit.
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean addressed = recipient.email() != null;
    sql.beforeCommit(
        """
        insert into notification (id, recipient_kind, recipient_id, audience_role, email, event,
                                  event_key, order_id, payload, created_at, status, attempts,
                                  next_attempt_at)
        values (nextval('notification_seq'), ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 0, ?)
        """,
        recipient.kind().name(),
        recipient.id(),
        recipient.role(),
        recipient.email(),
        event,
        eventKey,
        orderId,
        toJson(new TreeMap<>(arguments)),
        now,
        (addressed ? Notification.Status.PENDING : Notification.Status.NO_ADDRESS).name(),
        addressed ? now : null);
  }

  /**
   * The caller's notifications, newest first: a supplier's, or those for the caller's role in its
   * work unit.
   */
  @Transactional
  public Page<NotificationResponse> mine(Locale locale, PageParams paging) {
    Page<Notification> page;
    if (currentUser.hasRole(Roles.SUPPLIER)) {
      Optional<Long> supplier = suppliers.findMySnapshot().map(s -> s.id());
      if (supplier.isEmpty()) {
        return Page.of(List.of(), paging, 0);
      }
      page = notifications.ofSupplier(supplier.get(), paging);
    } else if (currentUser.workUnitCode().isPresent()) {
      List<String> roles = STAFF_ROLES.stream().filter(currentUser::hasRole).toList();
      if (roles.isEmpty()) {
        return Page.of(List.of(), paging, 0);
      }
      page = notifications.ofWorkUnit(currentUser.workUnitCode().get(), roles, paging);
    } else {
      return Page.of(List.of(), paging, 0);
    }
    return page.map(n -> response(n, locale));
  }

  NotificationResponse response(Notification notification, Locale locale) {
    Map<String, Object> arguments = fromJson(notification.payload());
    Texts texts = texts(notification.event(), arguments, locale);
    return new NotificationResponse(
        notification.id(),
        notification.event(),
        texts.title(),
        texts.message(),
        notification.orderId(),
        idOf(arguments.get("request")),
        idOf(arguments.get("quotation")),
        notification.createdAt(),
        notification.status().name());
  }

  private static Long idOf(Object argument) {
    return argument instanceof Number number ? number.longValue() : null;
  }

  /** A notification's title and message in a language. */
  record Texts(String title, String message) {}

  Texts texts(Notification notification, Locale locale) {
    return texts(notification.event(), fromJson(notification.payload()), locale);
  }

  private Texts texts(String event, Map<String, Object> arguments, Locale locale) {
    // An id names an order or request: as text, so that the messages show "#1201", not the
    // grouped number "#1.201".
    String subject =
        String.valueOf(arguments.getOrDefault("order", arguments.getOrDefault("request", "")));
    Object detail = arguments.getOrDefault("detail", arguments.getOrDefault("title", ""));
    String key = "notification." + event;
    return new Texts(
        messages.get(locale, key + ".title", subject),
        messages.get(locale, key + ".message", subject, detail));
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> fromJson(String payload) {
    try {
      return json.readValue(payload, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

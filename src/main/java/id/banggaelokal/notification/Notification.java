package id.banggaelokal.notification;

import id.banggaelokal.notification.api.Recipient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnTransformer;

/** An outbox row: one notification to one recipient, and how its e-mail delivery went. */
@Entity
@Table(name = "notification")
class Notification {

  enum Status {
    PENDING,
    SENT,
    FAILED,
    NO_ADDRESS
  }

  /** Attempts before a notification is given up (it stays listed in the app). */
  static final int MAX_ATTEMPTS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind", nullable = false)
  private Recipient.Kind recipientKind;

  @Column(name = "recipient_id", nullable = false)
  private String recipientId;

  @Column(name = "audience_role")
  private String audienceRole;

  private String email;

  @Column(nullable = false)
  private String event;

  @Column(name = "event_key", nullable = false)
  private String eventKey;

  @Column(name = "order_id")
  private Long orderId;

  @ColumnTransformer(write = "?::jsonb")
  @Column(nullable = false, columnDefinition = "jsonb")
  private String payload;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected Notification() {}

  Notification(
      Recipient recipient,
      String event,
      String eventKey,
      Long orderId,
      String payload,
      OffsetDateTime now) {
    this.recipientKind = recipient.kind();
    this.recipientId = recipient.id();
    this.audienceRole = recipient.role();
    this.email = recipient.email();
    this.event = event;
    this.eventKey = eventKey;
    this.orderId = orderId;
    this.payload = payload;
    this.createdAt = now;
    this.status = recipient.email() == null ? Status.NO_ADDRESS : Status.PENDING;
    this.nextAttemptAt = recipient.email() == null ? null : now;
  }

  /** Claimed by a worker until {@code until}: no other worker picks it up meanwhile. */
  void lease(OffsetDateTime until) {
    nextAttemptAt = until;
  }

  void sent(OffsetDateTime now) {
    status = Status.SENT;
    attempts++;
    sentAt = now;
    nextAttemptAt = null;
    lastError = null;
  }

  /** A failed attempt: tried again after an exponential backoff, given up after the last. */
  void failed(String error, OffsetDateTime now) {
    attempts++;
    lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = now.plus(backoff(attempts));
    }
  }

  /** 1, 2, 4, … minutes after the n-th failure, at most 4 hours. */
  static Duration backoff(int failures) {
    long minutes = Math.min(240, 1L << Math.min(failures - 1, 20));
    return Duration.ofMinutes(minutes);
  }

  Long id() {
    return id;
  }

  String email() {
    return email;
  }

  String event() {
    return event;
  }

  String eventKey() {
    return eventKey;
  }

  Long orderId() {
    return orderId;
  }

  String payload() {
    return payload;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  Status status() {
    return status;
  }

  int attempts() {
    return attempts;
  }
}

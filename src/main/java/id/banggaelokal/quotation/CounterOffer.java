package id.banggaelokal.quotation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A negotiation round on a quotation: the buyer's proposal and the supplier's one answer. */
@Entity
@Table(name = "counter_offer")
class CounterOffer {

  /** Rounds a buyer may open on one quotation. */
  static final int MAX_ROUNDS = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counter_offer_seq")
  @SequenceGenerator(
      name = "counter_offer_seq",
      sequenceName = "counter_offer_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "quotation_id", nullable = false, updatable = false)
  private long quotationId;

  @Column(nullable = false, updatable = false)
  private int round;

  @Column(nullable = false, updatable = false)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CounterOfferStatus status;

  @Column(name = "proposed_total", nullable = false, updatable = false)
  private BigDecimal proposedTotal;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private OffsetDateTime proposedAt;

  @Column(name = "proposed_by", nullable = false, updatable = false)
  private String proposedBy;

  @Column(name = "answer_message")
  private String answerMessage;

  @Column(name = "answer_total")
  private BigDecimal answerTotal;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Column(name = "answered_by")
  private String answeredBy;

  @ElementCollection
  @CollectionTable(
      name = "counter_offer_line",
      joinColumns = @JoinColumn(name = "counter_offer_id"))
  @OrderBy("lineNo")
  private List<CounterOfferLine> lines = new ArrayList<>();

  protected CounterOffer() {}

  CounterOffer(
      long quotationId,
      int round,
      Map<Integer, BigDecimal> prices,
      BigDecimal total,
      String message,
      String proposedBy,
      OffsetDateTime now) {
    this.quotationId = quotationId;
    this.round = round;
    this.status = CounterOfferStatus.PENDING;
    prices.forEach((lineNo, price) -> lines.add(new CounterOfferLine(lineNo, price)));
    this.proposedTotal = total;
    this.message = message;
    this.proposedBy = proposedBy;
    this.proposedAt = now;
  }

  /** Answers the round; for COUNTER, {@code prices} are the supplier's new prices. */
  void answer(
      CounterOfferStatus.Action action,
      Map<Integer, BigDecimal> prices,
      BigDecimal total,
      String message,
      String answeredBy,
      OffsetDateTime now) {
    status = action.applyTo(status);
    if (action == CounterOfferStatus.Action.COUNTER) {
      lines.forEach(l -> l.counter(prices.get(l.lineNo())));
      answerTotal = total;
    }
    this.answerMessage = message;
    this.answeredBy = answeredBy;
    this.answeredAt = now;
  }

  Map<Integer, BigDecimal> proposedPrices() {
    Map<Integer, BigDecimal> prices = new TreeMap<>();
    lines.forEach(l -> prices.put(l.lineNo(), l.proposedPrice()));
    return prices;
  }

  long quotationId() {
    return quotationId;
  }

  int round() {
    return round;
  }

  String message() {
    return message;
  }

  CounterOfferStatus status() {
    return status;
  }

  BigDecimal proposedTotal() {
    return proposedTotal;
  }

  OffsetDateTime proposedAt() {
    return proposedAt;
  }

  String answerMessage() {
    return answerMessage;
  }

  BigDecimal answerTotal() {
    return answerTotal;
  }

  OffsetDateTime answeredAt() {
    return answeredAt;
  }

  List<CounterOfferLine> lines() {
    return List.copyOf(lines);
  }
}

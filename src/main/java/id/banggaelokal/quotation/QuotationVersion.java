package id.banggaelokal.quotation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.Immutable;

/** One submitted version of a quotation; the database refuses to change it. */
@Entity
@Immutable
@Table(name = "quotation_version")
class QuotationVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quotation_version_seq")
  @SequenceGenerator(
      name = "quotation_version_seq",
      sequenceName = "quotation_version_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "quotation_id", nullable = false)
  private long quotationId;

  @Column(nullable = false)
  private int number;

  @Column(name = "delivery_days", nullable = false)
  private int deliveryDays;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  private String notes;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal total;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @ElementCollection
  @CollectionTable(
      name = "quotation_version_line",
      joinColumns = @JoinColumn(name = "quotation_version_id"))
  @MapKeyColumn(name = "line_no")
  @Column(name = "unit_price", nullable = false, precision = 15, scale = 2)
  private Map<Integer, BigDecimal> prices = new TreeMap<>();

  protected QuotationVersion() {}

  QuotationVersion(
      long quotationId,
      int number,
      Map<Integer, BigDecimal> prices,
      BigDecimal total,
      int deliveryDays,
      LocalDate validUntil,
      String notes,
      String createdBy,
      OffsetDateTime now) {
    this.quotationId = quotationId;
    this.number = number;
    this.prices.putAll(prices);
    this.total = total;
    this.deliveryDays = deliveryDays;
    this.validUntil = validUntil;
    this.notes = notes;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  int number() {
    return number;
  }

  Map<Integer, BigDecimal> prices() {
    return Map.copyOf(prices);
  }

  BigDecimal total() {
    return total;
  }

  int deliveryDays() {
    return deliveryDays;
  }

  LocalDate validUntil() {
    return validUntil;
  }

  String notes() {
    return notes;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }
}

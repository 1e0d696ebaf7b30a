package id.banggaelokal.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One price of a listing, from the moment it was set. */
@Entity
@Immutable
@Table(name = "listing_price")
class ListingPrice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_price_seq")
  @SequenceGenerator(
      name = "listing_price_seq",
      sequenceName = "listing_price_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "listing_id", nullable = false)
  private Long listingId;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal price;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected ListingPrice() {}

  ListingPrice(long listingId, BigDecimal price, OffsetDateTime changedAt) {
    this.listingId = listingId;
    this.price = price;
    this.changedAt = changedAt;
  }

  BigDecimal price() {
    return price;
  }

  OffsetDateTime changedAt() {
    return changedAt;
  }
}

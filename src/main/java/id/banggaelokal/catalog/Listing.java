package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.catalog.api.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A listing of a supplier in one storefront. Its publication verbs follow {@link ListingStatus};
 * the search columns (supplier data, category name) are kept here for the public search.
 */
@Entity
@Table(name = "listing")
class Listing {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
  @SequenceGenerator(name = "listing_seq", sequenceName = "listing_seq", allocationSize = 50)
  private Long id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private Long supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Storefront storefront;

  @Column(name = "category_id", nullable = false)
  private Integer categoryId;

  @Column(name = "category_name", nullable = false)
  private String categoryName;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal price;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ListingStatus status;

  @ColumnTransformer(write = "?::jsonb")
  @Column(nullable = false, columnDefinition = "jsonb")
  private String attributes;

  @Column(name = "quantity_owned")
  private Integer quantityOwned;

  private Integer stock;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(nullable = false)
  private long version;

  // The supplier's columns are written once here and from then on only by
  // ListingRepository.updateSupplierColumns: an update of the listing must never write back the
  // values it loaded over a suspension that committed in between.

  @Column(name = "supplier_visible", nullable = false, updatable = false)
  private boolean supplierVisible;

  @Column(name = "supplier_trading_name", nullable = false, updatable = false)
  private String supplierTradingName;

  @Column(name = "supplier_district", nullable = false, updatable = false)
  private String supplierDistrict;

  @Column(name = "supplier_scale", nullable = false, updatable = false)
  private String supplierScale;

  @Column(name = "supplier_rating", precision = 3, scale = 2, updatable = false)
  private BigDecimal supplierRating;

  protected Listing() {}

  Listing(long supplierId, Storefront storefront, SupplierColumns supplier, OffsetDateTime now) {
    this.supplierId = supplierId;
    this.storefront = storefront;
    this.status = ListingStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
    supplier.applyTo(this);
  }

  /** The supplier data kept with each listing for search. */
  record SupplierColumns(
      boolean visible, String tradingName, String district, String scale, BigDecimal rating) {
    void applyTo(Listing listing) {
      listing.supplierVisible = visible;
      listing.supplierTradingName = tradingName;
      listing.supplierDistrict = district;
      listing.supplierScale = scale;
      listing.supplierRating = rating;
    }
  }

  /**
   * Sets what the supplier wrote.
   *
   * @return whether the price changed
   */
  boolean describe(
      Category category,
      String title,
      String description,
      BigDecimal price,
      Unit unit,
      String attributes,
      Integer quantityOwned,
      Integer stock,
      OffsetDateTime now) {
    boolean priceChanged = this.price == null || this.price.compareTo(price) != 0;
    this.categoryId = category.id();
    this.categoryName = category.nameId();
    this.title = title;
    this.description = description;
    this.price = price;
    this.unit = unit;
    this.attributes = attributes;
    this.quantityOwned = quantityOwned;
    this.stock = stock;
    this.updatedAt = now;
    return priceChanged;
  }

  void perform(ListingStatus.Action action, OffsetDateTime now) {
    ListingStatus next = action.applyTo(status);
    if (next == ListingStatus.PUBLISHED && publishedAt == null) {
      publishedAt = now;
    }
    this.status = next;
    this.updatedAt = now;
  }

  /** Whether the public sees it: published, by a supplier who is verified. */
  boolean publiclyVisible() {
    return status == ListingStatus.PUBLISHED && supplierVisible;
  }

  Long id() {
    return id;
  }

  Long supplierId() {
    return supplierId;
  }

  Storefront storefront() {
    return storefront;
  }

  Integer categoryId() {
    return categoryId;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  BigDecimal price() {
    return price;
  }

  Unit unit() {
    return unit;
  }

  ListingStatus status() {
    return status;
  }

  String attributes() {
    return attributes;
  }

  Integer quantityOwned() {
    return quantityOwned;
  }

  Integer stock() {
    return stock;
  }

  OffsetDateTime publishedAt() {
    return publishedAt;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }

  String supplierTradingName() {
    return supplierTradingName;
  }

  String supplierDistrict() {
    return supplierDistrict;
  }

  String supplierScale() {
    return supplierScale;
  }

  BigDecimal supplierRating() {
    return supplierRating;
  }
}

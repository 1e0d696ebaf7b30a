package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.Storefront;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A category of a storefront; seeded by migration. */
@Entity
@Immutable
@Table(name = "category")
class Category {

  @Id private Integer id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Storefront storefront;

  @Column(nullable = false)
  private String code;

  @Column(name = "name_id", nullable = false)
  private String nameId;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(nullable = false)
  private int position;

  protected Category() {}

  Integer id() {
    return id;
  }

  Storefront storefront() {
    return storefront;
  }

  String code() {
    return code;
  }

  String nameId() {
    return nameId;
  }

  String nameEn() {
    return nameEn;
  }

  int position() {
    return position;
  }
}

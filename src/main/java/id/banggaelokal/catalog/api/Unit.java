package id.banggaelokal.catalog.api;

/** Units of sale; each belongs to one storefront. */
public enum Unit {
  PACKAGE(Storefront.EVENT_SERVICE),
  PER_PERSON(Storefront.EVENT_SERVICE),
  PER_EVENT(Storefront.EVENT_SERVICE),
  PER_HOUR(Storefront.RENTAL),
  PER_DAY(Storefront.RENTAL),
  PER_WEEK(Storefront.RENTAL),
  PIECE(Storefront.FLAGSHIP_PRODUCT),
  KG(Storefront.FLAGSHIP_PRODUCT),
  GRAM(Storefront.FLAGSHIP_PRODUCT),
  LITER(Storefront.FLAGSHIP_PRODUCT),
  BOX(Storefront.FLAGSHIP_PRODUCT),
  PACK(Storefront.FLAGSHIP_PRODUCT),
  BOTTLE(Storefront.FLAGSHIP_PRODUCT),
  SET(Storefront.FLAGSHIP_PRODUCT),
  METER(Storefront.FLAGSHIP_PRODUCT);

  private final Storefront storefront;

  Unit(Storefront storefront) {
    this.storefront = storefront;
  }

  public Storefront storefront() {
    return storefront;
  }
}

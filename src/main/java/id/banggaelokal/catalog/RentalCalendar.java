package id.banggaelokal.catalog;

import id.banggaelokal.catalog.api.Availability;
import id.banggaelokal.catalog.api.Storefront;
import id.banggaelokal.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rental capacity per day, and bookings that take it. A booking adds its quantity to every day of
 * its period in one statement that only succeeds where capacity is left; the row locks of that
 * statement serialise concurrent bookings of the same days, and the table's check constraint
 * ({@code booked <= capacity}) guarantees that no two bookings ever exceed the quantity owned.
 */
@ApplicationScoped
public class RentalCalendar {

  /** Longest period one availability question or booking may span. */
  public static final int MAX_DAYS = 366;

  private final EntityManager entityManager;
  private final ListingRepository listings;
  private final Clock clock;

  RentalCalendar(EntityManager entityManager, ListingRepository listings, Clock clock) {
    this.entityManager = entityManager;
    this.listings = listings;
    this.clock = clock;
  }

  /** Free quantity per day of a rental listing, from and to inclusive. */
  @Transactional
  public Availability availability(long listingId, LocalDate from, LocalDate to) {
    Listing listing = rental(listingId);
    checkPeriod(from, to, "from", "to");
    Map<LocalDate, Integer> booked = bookedPerDay(listingId, from, to);
    int owned = listing.quantityOwned();
    List<Availability.Day> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.add(new Availability.Day(day, Math.max(0, owned - booked.getOrDefault(day, 0))));
    }
    return new Availability(listingId, owned, days);
  }

  /**
   * Books {@code quantity} of a rental for every day of a period, for an order; 409 when any day
   * has less free. Nothing is booked unless everything is.
   *
   * @return the booking's id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long book(long listingId, int quantity, LocalDate from, LocalDate to, String orderRef) {
    rental(listingId);
    checkPeriod(from, to, "from", "to");
    if (quantity < 1) {
      throw ApiException.invalid("quantity", "jakarta.validation.constraints.Positive.message");
    }
    int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
    Number owned =
        (Number)
            entityManager
                .createNativeQuery("select quantity_owned from listing where id = :id for share")
                .setParameter("id", listingId)
                .getSingleResult();
    entityManager
        .createNativeQuery(
            """
            insert into rental_day (listing_id, day, capacity, booked)
            select :listingId, d::date, :capacity, 0
              from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
            on conflict (listing_id, day) do nothing
            """)
        .setParameter("listingId", listingId)
        .setParameter("capacity", owned.intValue())
        .setParameter("from", Date.valueOf(from))
        .setParameter("to", Date.valueOf(to))
        .executeUpdate();
    int updated =
        entityManager
            .createNativeQuery(
                """
                update rental_day set booked = booked + :quantity
                 where listing_id = :listingId and day between :from and :to
                   and booked + :quantity <= capacity
                """)
            .setParameter("quantity", quantity)
            .setParameter("listingId", listingId)
            .setParameter("from", Date.valueOf(from))
            .setParameter("to", Date.valueOf(to))
            .executeUpdate();
    if (updated != days) {
      throw ApiException.conflict("rental.unavailable", from.toString(), to.toString());
    }
    Number id =
        (Number)
            entityManager
                .createNativeQuery(
                    """
                    insert into rental_booking (id, listing_id, quantity, start_date, end_date,
                                                status, order_ref, created_at)
                    values (nextval('rental_booking_seq'), :listingId, :quantity, :from, :to,
                            'CONFIRMED', :orderRef, :now)
                    returning id
                    """)
                .setParameter("listingId", listingId)
                .setParameter("quantity", quantity)
                .setParameter("from", Date.valueOf(from))
                .setParameter("to", Date.valueOf(to))
                .setParameter("orderRef", orderRef)
                .setParameter("now", OffsetDateTime.now(clock))
                .getSingleResult();
    return id.longValue();
  }

  /** Gives a confirmed booking's quantity back; releasing twice changes nothing. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(long bookingId) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                """
                update rental_booking set status = 'RELEASED', released_at = :now
                 where id = :id and status = 'CONFIRMED'
                returning listing_id, quantity, start_date, end_date
                """)
            .setParameter("id", bookingId)
            .setParameter("now", OffsetDateTime.now(clock))
            .getResultList();
    rows.forEach(row -> giveBack((Object[]) row));
  }

  /** Takes a booking's quantity off each day of its period: listing, quantity, from, to. */
  private void giveBack(Object[] booking) {
    entityManager
        .createNativeQuery(
            """
            update rental_day set booked = booked - :quantity
             where listing_id = :listingId and day between :from and :to
            """)
        .setParameter("quantity", ((Number) booking[1]).intValue())
        .setParameter("listingId", ((Number) booking[0]).longValue())
        .setParameter("from", booking[2])
        .setParameter("to", booking[3])
        .executeUpdate();
  }

  /**
   * Keeps only {@code quantity} of a confirmed booking and gives the rest back on every day of its
   * period, so that each day's booked count stays the sum of its confirmed bookings; keeping none
   * releases it. A booking that is released, or already no larger, is left as it is.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void shrink(long bookingId, int quantity) {
    if (quantity < 1) {
      release(bookingId);
      return;
    }
    List<?> rows =
        entityManager
            .createNativeQuery(
                """
                update rental_booking b set quantity = :quantity
                  from (select id, quantity from rental_booking
                         where id = :id and status = 'CONFIRMED' and quantity > :quantity
                           for update) before
                 where b.id = before.id
                returning b.listing_id, before.quantity - :quantity, b.start_date, b.end_date
                """)
            .setParameter("id", bookingId)
            .setParameter("quantity", quantity)
            .getResultList();
    rows.forEach(row -> giveBack((Object[]) row));
  }

  /**
   * A rental's new quantity owned applies to every day from today on; 409 when some day already has
   * more booked than that.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void changeCapacity(long listingId, int quantityOwned) {
    Number overbooked =
        (Number)
            entityManager
                .createNativeQuery(
                    "select count(*) from rental_day"
                        + " where listing_id = :id and day >= :today and booked > :capacity")
                .setParameter("id", listingId)
                .setParameter("today", Date.valueOf(LocalDate.now(clock)))
                .setParameter("capacity", quantityOwned)
                .getSingleResult();
    if (overbooked.longValue() > 0) {
      throw ApiException.conflict("rental.capacity.below-bookings");
    }
    entityManager
        .createNativeQuery(
            "update rental_day set capacity = :capacity where listing_id = :id and day >= :today")
        .setParameter("capacity", quantityOwned)
        .setParameter("id", listingId)
        .setParameter("today", Date.valueOf(LocalDate.now(clock)))
        .executeUpdate();
  }

  static void checkPeriod(LocalDate from, LocalDate to, String fromField, String toField) {
    if (from == null) {
      throw ApiException.invalid(fromField, "jakarta.validation.constraints.NotNull.message");
    }
    if (to == null) {
      throw ApiException.invalid(toField, "jakarta.validation.constraints.NotNull.message");
    }
    if (from.getYear() < 2000 || from.getYear() > 2200) {
      throw ApiException.invalid(fromField, "rental.period.year");
    }
    if (to.isBefore(from)) {
      throw ApiException.invalid(toField, "rental.period.order");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw ApiException.invalid(toField, "rental.period.length", Integer.toString(MAX_DAYS));
    }
  }

  private Map<LocalDate, Integer> bookedPerDay(long listingId, LocalDate from, LocalDate to) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select day, booked from rental_day"
                    + " where listing_id = :id and day between :from and :to")
            .setParameter("id", listingId)
            .setParameter("from", Date.valueOf(from))
            .setParameter("to", Date.valueOf(to))
            .getResultList();
    Map<LocalDate, Integer> booked = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      LocalDate day =
          columns[0] instanceof LocalDate date ? date : ((Date) columns[0]).toLocalDate();
      booked.put(day, ((Number) columns[1]).intValue());
    }
    return booked;
  }

  private Listing rental(long listingId) {
    Listing listing =
        listings
            .findByIdOptional(listingId)
            .filter(Listing::publiclyVisible)
            .orElseThrow(
                () -> ApiException.notFound("listing.not-found", Long.toString(listingId)));
    if (listing.storefront() != Storefront.RENTAL) {
      throw ApiException.businessRule("rental.not-a-rental", Long.toString(listingId));
    }
    return listing;
  }
}

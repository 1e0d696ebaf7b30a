package id.banggaelokal.order;

import id.banggaelokal.platform.error.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The buyer's rating of a completed order, and the supplier's one reply. */
@Entity
@Table(name = "rating")
class Rating {

  @Id
  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "supplier_id", nullable = false)
  private long supplierId;

  @Column(nullable = false)
  private int score;

  private String comment;

  @Column(name = "rated_at", nullable = false)
  private OffsetDateTime ratedAt;

  @Column(name = "rated_by", nullable = false)
  private String ratedBy;

  private String reply;

  @Column(name = "replied_at")
  private OffsetDateTime repliedAt;

  protected Rating() {}

  Rating(
      long orderId,
      long supplierId,
      int score,
      String comment,
      String ratedBy,
      OffsetDateTime now) {
    this.orderId = orderId;
    this.supplierId = supplierId;
    this.score = score;
    this.comment = comment;
    this.ratedBy = ratedBy;
    this.ratedAt = now;
  }

  void reply(String reply, OffsetDateTime now) {
    if (this.reply != null) {
      throw ApiException.conflict("order.rating.replied");
    }
    this.reply = reply;
    this.repliedAt = now;
  }

  int score() {
    return score;
  }

  String comment() {
    return comment;
  }

  OffsetDateTime ratedAt() {
    return ratedAt;
  }

  String reply() {
    return reply;
  }

  OffsetDateTime repliedAt() {
    return repliedAt;
  }
}

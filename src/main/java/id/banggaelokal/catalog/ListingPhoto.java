package id.banggaelokal.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "listing_photo")
class ListingPhoto {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_photo_seq")
  @SequenceGenerator(
      name = "listing_photo_seq",
      sequenceName = "listing_photo_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "listing_id", nullable = false, updatable = false)
  private Long listingId;

  @Column(name = "file_key", nullable = false)
  private UUID fileKey;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected ListingPhoto() {}

  ListingPhoto(
      long listingId, UUID fileKey, String contentType, long sizeBytes, OffsetDateTime now) {
    this.listingId = listingId;
    this.fileKey = fileKey;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.uploadedAt = now;
  }

  Long id() {
    return id;
  }

  Long listingId() {
    return listingId;
  }

  UUID fileKey() {
    return fileKey;
  }

  String contentType() {
    return contentType;
  }
}

package id.banggaelokal.platform.storage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the service accepts, recognised from the first bytes of the content (never from
 * the client's Content-Type or file name).
 */
public enum ContentType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  WEBP("image/webp", "webp");

  private final String mediaType;
  private final String extension;

  ContentType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** What the content is, by its signature; empty for anything else. */
  public static Optional<ContentType> sniff(byte[] content) {
    if (startsWith(content, 0, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  public static Optional<ContentType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  private static boolean startsWith(byte[] content, int offset, int... signature) {
    if (content.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}

package id.banggaelokal.platform.storage;

import id.banggaelokal.platform.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** Checks an uploaded file: its size against a limit (413) and its content type (415). */
public final class Uploads {

  /** An accepted upload: its bytes, what they are, and their SHA-256 (hex). */
  public record Upload(byte[] content, ContentType type, String sha256) {}

  private Uploads() {}

  /**
   * Reads an uploaded file that is at most {@code maxBytes} long and is, by its content, one of the
   * accepted types; the message keys say why it is refused otherwise.
   */
  public static Upload check(
      Path file,
      long size,
      long maxBytes,
      Set<ContentType> accepted,
      String tooLargeKey,
      String wrongTypeKey) {
    if (size > maxBytes) {
      throw ApiException.tooLarge(tooLargeKey, Long.toString(maxBytes));
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (content.length > maxBytes) {
      throw ApiException.tooLarge(tooLargeKey, Long.toString(maxBytes));
    }
    ContentType type =
        ContentType.sniff(content)
            .filter(accepted::contains)
            .orElseThrow(() -> ApiException.unsupportedMediaType(wrongTypeKey));
    return new Upload(content, type, sha256(content));
  }

  /**
   * The SHA-256 (hex) of an uploaded file as it was received, or null without one: what tells a
   * retried upload from another one under the same {@code Idempotency-Key}.
   */
  public static String fingerprintOf(Path file) {
    if (file == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        sha256.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

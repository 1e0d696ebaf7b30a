package id.banggaelokal.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identities of bearer tokens this replica has verified, so that a client's next requests with the
 * same token skip the signature check. Bounded in size; an entry lives until its token expires (by
 * the token's own {@code exp}, on the real clock) and at most {@code max-age}. Keys are SHA-256
 * digests of the whole token: only the very same token finds an entry, and no token is kept in
 * memory.
 */
@ApplicationScoped
public class VerifiedTokens {

  private record Entry(SecurityIdentity identity, Instant expiresAt) {}

  private final Cache<String, Entry> cache;
  private final LongAdder hits = new LongAdder();
  private final Duration maxAge;
  private final boolean enabled;

  VerifiedTokens(
      @ConfigProperty(name = "banggaelokal.security.token-cache.enabled", defaultValue = "true")
          boolean enabled,
      @ConfigProperty(name = "banggaelokal.security.token-cache.max-size", defaultValue = "10000")
          long maxSize,
      @ConfigProperty(name = "banggaelokal.security.token-cache.max-age", defaultValue = "PT5M")
          Duration maxAge) {
    this.enabled = enabled;
    this.maxAge = maxAge;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maxSize)
            .expireAfter(
                new Expiry<String, Entry>() {
                  @Override
                  public long expireAfterCreate(String key, Entry entry, long currentTime) {
                    return Math.max(
                        0, Duration.between(Instant.now(), entry.expiresAt()).toNanos());
                  }

                  @Override
                  public long expireAfterUpdate(
                      String key, Entry entry, long currentTime, long currentDuration) {
                    return expireAfterCreate(key, entry, currentTime);
                  }

                  @Override
                  public long expireAfterRead(
                      String key, Entry entry, long currentTime, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
  }

  /** The identity verified for this very token, while the token is still valid. */
  Optional<SecurityIdentity> find(String token) {
    if (!enabled) {
      return Optional.empty();
    }
    Entry entry = cache.getIfPresent(key(token));
    if (entry == null || !Instant.now().isBefore(entry.expiresAt())) {
      return Optional.empty();
    }
    hits.increment();
    return Optional.of(entry.identity());
  }

  /** Keeps a verified identity until the token's expiry (and at most {@code max-age}). */
  void keep(String token, SecurityIdentity identity, Instant tokenExpiry) {
    if (!enabled) {
      return;
    }
    Instant latest = Instant.now().plus(maxAge);
    Instant expiresAt = tokenExpiry.isBefore(latest) ? tokenExpiry : latest;
    if (expiresAt.isAfter(Instant.now())) {
      cache.put(key(token), new Entry(identity, expiresAt));
    }
  }

  /** How many requests were answered from the cache (for tests and diagnosis). */
  long hits() {
    return hits.sum();
  }

  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  private static String key(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

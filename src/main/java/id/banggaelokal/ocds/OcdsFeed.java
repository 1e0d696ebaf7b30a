package id.banggaelokal.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banggaelokal.ocds.api.ReleasePackage;
import id.banggaelokal.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Pages of the published releases, wrapped in release packages. */
@ApplicationScoped
class OcdsFeed {

  /** Where the umkm-scale extension is served, below the service's base URI. */
  static final String UMKM_EXTENSION = "ocds/extensions/umkm-scale/extension.json";

  /** A release package and the cursor that follows it. */
  record Page(ReleasePackage releasePackage, long nextCursor) {}

  private final OcdsReleases releases;
  private final ObjectMapper json;
  private final Clock clock;
  private final ReleasePackage.Publisher publisher;
  private final Optional<String> license;
  private final Optional<String> publicationPolicy;
  private final URI base;

  OcdsFeed(
      OcdsReleases releases,
      ObjectMapper json,
      Clock clock,
      @ConfigProperty(name = "banggaelokal.ocds.publisher.name") String publisherName,
      @ConfigProperty(name = "banggaelokal.ocds.publisher.uri") Optional<String> publisherUri,
      @ConfigProperty(name = "banggaelokal.ocds.license") Optional<String> license,
      @ConfigProperty(name = "banggaelokal.ocds.publication-policy")
          Optional<String> publicationPolicy,
      @ConfigProperty(name = "banggaelokal.public-url") URI publicUrl) {
    this.releases = releases;
    this.json = json;
    this.clock = clock;
    this.publisher = new ReleasePackage.Publisher(publisherName, publisherUri.orElse(null));
    this.license = license;
    this.publicationPolicy = publicationPolicy;
    String url = publicUrl.toString();
    this.base = URI.create(url.endsWith("/") ? url : url + "/");
  }

  /**
   * Up to {@code limit} releases after {@code since}; links.next while more follow. The package's
   * links start at the service's configured public URL, never at the Host a request named: the feed
   * is republished, and a forged Host would point its extension at another site. A cursor past the
   * last release is 400: no page of the feed gave it, and following it would skip what comes next.
   */
  Page page(long since, int limit) {
    List<OcdsReleases.Stored> found = releases.after(since, limit + 1);
    if (found.isEmpty() && since > releases.lastSeq()) {
      throw ApiException.invalid("since", "ocds.since.past-end");
    }
    boolean more = found.size() > limit;
    List<OcdsReleases.Stored> shown = more ? found.subList(0, limit) : found;
    List<JsonNode> releaseNodes = new ArrayList<>();
    OffsetDateTime newest = null;
    for (OcdsReleases.Stored stored : shown) {
      releaseNodes.add(read(stored.json()));
      newest = stored.releasedAt();
    }
    long next = shown.isEmpty() ? since : shown.get(shown.size() - 1).seq();
    String feed = base.resolve(OcdsResource.PATH.substring(1)).toString();
    ReleasePackage releasePackage =
        new ReleasePackage(
            feed + "?since=" + since + "&limit=" + limit,
            "1.1",
            List.of(base.resolve(UMKM_EXTENSION).toString()),
            OcdsPublisher.dateTime(newest == null ? OffsetDateTime.now(clock) : newest),
            publisher,
            license.orElse(null),
            publicationPolicy.orElse(null),
            releaseNodes,
            more ? new ReleasePackage.Links(feed + "?since=" + next + "&limit=" + limit) : null);
    return new Page(releasePackage, next);
  }

  private JsonNode read(String release) {
    try {
      // Amounts stay exact decimals (as stored), never binary floating point.
      return json.reader()
          .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readTree(release);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package id.banggaelokal.ocds.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An OCDS 1.1 release package (release-package-schema.json of OCDS 1.1.5): the releases as they
 * were published, unchanged, and a link to the next page while there is one.
 */
@Schema(
    name = "OcdsReleasePackage",
    description =
        "An OCDS 1.1 release package; see https://standard.open-contracting.org/1.1/en/schema/"
            + "release_package/")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReleasePackage(
    @Schema(required = true, description = "The URI of this page of the feed.") String uri,
    @Schema(required = true, example = "1.1") String version,
    @Schema(description = "URLs of the extension.json of the extensions used.")
        List<String> extensions,
    @Schema(
            required = true,
            description = "When the newest release of the page was published (now when empty).")
        String publishedDate,
    @Schema(required = true) Publisher publisher,
    String license,
    String publicationPolicy,
    @Schema(
            required = true,
            description =
                "OCDS 1.1 releases, oldest first (see release-schema.json); empty past the end"
                    + " of the feed.",
            implementation = Object[].class)
        List<JsonNode> releases,
    @Schema(description = "The next page, while more releases follow.") Links links) {

  @Schema(name = "OcdsPublisher")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Publisher(@Schema(required = true) String name, String uri) {}

  @Schema(name = "OcdsLinks")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Links(String next) {}
}

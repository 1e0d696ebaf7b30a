package id.banggaelokal.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** JSON or CSV, as the caller's {@code Accept} header prefers (JSON when it does not say). */
enum ReportFormat {
  JSON(MediaType.APPLICATION_JSON_TYPE),
  CSV(new MediaType("text", "csv", "UTF-8"));

  static final String TEXT_CSV = "text/csv";

  final MediaType mediaType;

  ReportFormat(MediaType mediaType) {
    this.mediaType = mediaType;
  }

  static ReportFormat of(HttpHeaders headers) {
    for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
      if (acceptable.isWildcardType()) {
        return JSON;
      }
      if (acceptable.isCompatible(CSV.mediaType)) {
        return CSV;
      }
      if (acceptable.isCompatible(JSON.mediaType)) {
        return JSON;
      }
    }
    return JSON;
  }
}

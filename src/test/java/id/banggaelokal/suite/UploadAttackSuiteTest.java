package id.banggaelokal.suite;

import id.banggaelokal.catalog.CatalogFixtures;
import id.banggaelokal.catalog.CatalogFixtures.Seller;
import id.banggaelokal.supplier.SupplierFixtures;
import id.banggaelokal.support.Database;
import id.banggaelokal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Upload attacks (issue 7, QUALITY.md "Security and bad input") on listing photos (JPEG, PNG or
 * WebP by content, 5 MB, 8 a listing) and supplier documents (PDF, JPEG or PNG by content, 10 MB):
 * bodies just above the limits, with an honest, a lying or no Content-Length (chunked); content
 * that lies about its type; hostile file names; empty files, missing parts, broken multipart
 * framing and text fields where a file belongs. Each bad upload must be refused with a 4xx problem
 * (never a 5xx) and leave nothing stored; each good one must still be stored, with the type its
 * content has, and be served without the client's file name and with a header that cannot be
 * injected into.
 */
@QuarkusTest
class UploadAttackSuiteTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String PHOTO = "addListingPhoto";
  private static final String DOCUMENT = "uploadMySupplierDocument";
  private static final int PHOTO_LIMIT = 5 * 1024 * 1024;
  private static final int DOCUMENT_LIMIT = 10 * 1024 * 1024;
  private static final int BODY_LIMIT = 12 * 1024 * 1024;
  private static final Pattern SAFE_DISPOSITION =
      Pattern.compile("attachment; filename=\"[a-z_]+-[0-9]+\\.(pdf|png|jpg)\"");

  private static final byte[] PNG = SupplierFixtures.PNG;
  private static final byte[] JPEG = SupplierFixtures.JPEG;
  private static final byte[] PDF = SupplierFixtures.PDF;
  private static final byte[] WEBP = {
    'R', 'I', 'F', 'F', 0x1A, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '
  };

  @Inject Database database;

  private final SuiteReport report = new SuiteReport("uploads");
  private Seller seller;
  private long listing;

  /**
   * Photos are served while the seller is verified; a document upload sends the profile back for
   * verification, which hides its listings.
   */
  private boolean photosServed = true;

  /** Where an upload goes: its operation, its path, and the rows that must not grow on refusal. */
  private record Target(
      String operation, String path, Supplier<List<Long>> rows, Consumer<Form> fields) {}

  /** How the body is framed on the wire. */
  private enum Framing {
    CONTENT_LENGTH,
    CHUNKED
  }

  @Test
  void badUploadsAreRefusedAndNothingIsStored() throws IOException {
    seller = Seller.verified();
    listing = newListing();
    Target photos =
        new Target(
            PHOTO,
            null,
            () ->
                List.of(
                    database.count(
                        "select count(*) from listing_photo where listing_id = ?", listing),
                    database.count("select count(*) from stored_file")),
            form -> {});
    Target documents =
        new Target(
            DOCUMENT,
            SupplierFixtures.DOCUMENTS,
            () ->
                List.of(
                    database.count(
                        "select count(*) from supplier_document where supplier_id = ?",
                        seller.supplierId()),
                    database.count("select count(*) from stored_file")),
            form ->
                form.field("type", "OTHER")
                    .field("number", "DOC-" + SupplierFixtures.digits(6))
                    .field("issueDate", LocalDate.now().minusYears(1).toString()));

    goodUploadsAreStoredByTheirContent(photos, documents);
    listing = newListing();
    oversizedBodiesAreRefused(photos, documents);
    contentThatLiesAboutItsTypeIsRefused(photos, documents);
    brokenFormsAreRefused(photos);
    brokenFormsAreRefused(documents);
    hostileFileNamesAreNeverUsed(photos, documents);
    theNinthPhotoIsRefused(photos);
    noUploadedFileIsLeftBehind();
    report.finish();
  }

  // --- Good uploads -----------------------------------------------------------------------------

  private void goodUploadsAreStoredByTheirContent(Target photos, Target documents) {
    good(photos, "a JPEG declared image/jpeg", file("foto.jpg", "image/jpeg", JPEG), "image/jpeg");
    good(photos, "a PNG declared image/png", file("foto.png", "image/png", PNG), "image/png");
    good(photos, "a WebP declared image/webp", file("foto.webp", "image/webp", WEBP), "image/webp");
    good(photos, "a PNG declared image/jpeg", file("foto.jpg", "image/jpeg", PNG), "image/png");
    good(
        photos,
        "a PNG declared application/octet-stream",
        file("foto", "application/octet-stream", PNG),
        "image/png");
    good(
        photos,
        "a PNG whose bytes go on as an HTML page",
        file("foto.png", "text/html", concat(PNG, ascii("<html><script>alert(1)</script>"))),
        "image/png");
    good(
        photos,
        "a PNG of exactly 5 MB",
        file("foto.png", "image/png", padded(PNG, PHOTO_LIMIT)),
        "image/png");

    photosServed = false;

    good(
        documents,
        "a PDF declared application/pdf",
        file("nib.pdf", "application/pdf", PDF),
        "application/pdf");
    good(
        documents,
        "a PNG declared application/pdf",
        file("npwp.pdf", "application/pdf", PNG),
        "image/png");
    good(documents, "a JPEG declared image/png", file("ktp.png", "image/png", JPEG), "image/jpeg");
    good(
        documents,
        "a PDF of exactly 10 MB",
        file("besar.pdf", "application/pdf", padded(PDF, DOCUMENT_LIMIT)),
        "application/pdf");
  }

  // --- Sizes ------------------------------------------------------------------------------------

  private void oversizedBodiesAreRefused(Target photos, Target documents) {
    byte[] photo = padded(PNG, PHOTO_LIMIT + 1);
    refused(photos, "a 5 MB + 1 photo", file("besar.png", "image/png", photo), Set.of(413));
    refused(
        photos,
        "a 5 MB + 1 photo, chunked",
        Framing.CHUNKED,
        file("besar.png", "image/png", photo),
        Set.of(413));
    byte[] document = padded(PDF, DOCUMENT_LIMIT + 1);
    refused(
        documents,
        "a 10 MB + 1 document",
        file("besar.pdf", "application/pdf", document),
        Set.of(413));
    refused(
        documents,
        "a 10 MB + 1 document, chunked",
        Framing.CHUNKED,
        file("besar.pdf", "application/pdf", document),
        Set.of(413));
    byte[] body = padded(PDF, BODY_LIMIT + 1);
    for (Target target : List.of(photos, documents)) {
      refused(
          target,
          "a body above the 12 MB request limit",
          file("besar.pdf", "application/pdf", body),
          Set.of(413));
      // A chunked body announces no length: it turns out too large while RESTEasy Reactive reads
      // it, and its VertxInputStream then ends the response itself with a bare 413 (no hook to
      // give problem details there). The status is checked, and that nothing was stored.
      Form chunked = form(target).file("file", "besar.pdf", "application/pdf", body);
      sendAndCheck(
          target,
          "a body above the 12 MB request limit, chunked",
          chunked.contentType(),
          chunked.end(),
          Framing.CHUNKED,
          null,
          Set.of(413),
          true);
      // Announces more than the limit but sends little: refused before the body is read.
      Form small = form(target).file("file", "klein.png", "image/png", PNG);
      byte[] smallBody = small.end();
      sendAndCheck(
          target,
          "a Content-Length above the limit with a small body",
          small.contentType(),
          smallBody,
          Framing.CONTENT_LENGTH,
          Long.toString(BODY_LIMIT + 1L),
          Set.of(413),
          false);
      // Announces less than it sends: the service reads a truncated form.
      Form big = form(target).file("file", "besar.png", "image/png", padded(PNG, 64 * 1024));
      byte[] bigBody = big.end();
      sendAndCheck(
          target,
          "a Content-Length smaller than the body",
          big.contentType(),
          bigBody,
          Framing.CONTENT_LENGTH,
          "1000",
          Set.of(),
          false);
      sendAndCheck(
          target,
          "a Content-Length that is not a number",
          big.contentType(),
          bigBody,
          Framing.CONTENT_LENGTH,
          "12abc",
          Set.of(400),
          true);
    }
  }

  // --- Types ------------------------------------------------------------------------------------

  private void contentThatLiesAboutItsTypeIsRefused(Target photos, Target documents) {
    List<Object[]> lies =
        List.of(
            new Object[] {"an HTML page", ascii("<!DOCTYPE html><html><body>hi</body></html>")},
            new Object[] {"a script", ascii("<script>fetch('/api/v1/admin/settings')</script>")},
            new Object[] {
              "an SVG with a script",
              ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")
            },
            new Object[] {"an ELF executable", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}},
            new Object[] {"a Windows executable", SupplierFixtures.EXECUTABLE},
            new Object[] {"a zip archive", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}},
            new Object[] {"a GIF", ascii("GIF89a\u0001\u0000\u0001\u0000")},
            new Object[] {"a RIFF that is a WAVE", ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")},
            new Object[] {"a shell script", ascii("#!/bin/sh\nrm -rf /\n")},
            new Object[] {"a truncated PNG signature", Arrays.copyOf(PNG, 4)},
            new Object[] {"a truncated JPEG signature", Arrays.copyOf(JPEG, 2)},
            new Object[] {"PDF-like text", ascii("%PD")});
    for (Object[] lie : lies) {
      String what = (String) lie[0];
      byte[] content = (byte[]) lie[1];
      refused(
          photos,
          what + " declared image/png",
          file("foto.png", "image/png", content),
          Set.of(415));
      refused(
          documents,
          what + " declared application/pdf",
          file("dok.pdf", "application/pdf", content),
          Set.of(415));
    }
    refused(photos, "a PDF declared image/jpeg", file("foto.jpg", "image/jpeg", PDF), Set.of(415));
    refused(
        documents, "a WebP declared image/png", file("dok.png", "image/png", WEBP), Set.of(415));
  }

  // --- Forms ------------------------------------------------------------------------------------

  private void brokenFormsAreRefused(Target target) {
    refused(target, "a zero-byte file", file("kosong.png", "image/png", new byte[0]), Set.of());
    refused(target, "no file part", form -> {}, Set.of(400));
    refused(
        target,
        "a text field named file",
        form -> form.field("file", "bukan berkas"),
        Set.of(400, 415));
    refused(
        target,
        "the file under another name",
        form -> form.file("berkas", "foto.png", "image/png", PNG),
        Set.of(400));
    refused(
        target,
        "a part without Content-Disposition",
        form -> form.part(ascii("Content-Type: image/png"), PNG),
        Set.of(400));
    refused(
        target,
        "a part whose headers never end",
        form ->
            form.raw(
                ascii(
                    "--"
                        + form.boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n")),
        Set.of(400));
    if (target.operation().equals(DOCUMENT)) {
      refused(
          target,
          "a document without its type",
          Framing.CONTENT_LENGTH,
          formWithout("type", "file", "dok.pdf", "application/pdf", PDF),
          Set.of(400));
    }

    Form good = form(target).file("file", "foto.png", "image/png", PNG);
    byte[] body = good.end();
    send(
        target,
        "a body whose boundary is not the declared one",
        "multipart/form-data; boundary=lain",
        body,
        Set.of(400, 415));
    send(target, "multipart without a boundary", "multipart/form-data", body, Set.of(400, 415));
    send(target, "an empty boundary", "multipart/form-data; boundary=", body, Set.of(400, 415));
    send(
        target,
        "a 300-character boundary",
        "multipart/form-data; boundary=" + "b".repeat(300),
        body,
        Set.of(400, 415));
    send(target, "an empty multipart body", good.contentType(), new byte[0], Set.of(400, 415));
    send(
        target,
        "only the closing boundary",
        good.contentType(),
        ascii("--" + good.boundary + "--\r\n"),
        Set.of(400, 415));
    send(
        target,
        "the form cut in the middle",
        good.contentType(),
        Arrays.copyOf(body, body.length / 2),
        Set.of(400, 415));
    send(target, "the file as the whole body", "image/png", PNG, Set.of(415));
    send(
        target,
        "JSON instead of a form",
        "application/json",
        ascii("{\"file\":\"iVBORw0KGgo=\"}"),
        Set.of(415));
    send(
        target,
        "an urlencoded form",
        "application/x-www-form-urlencoded",
        ascii("file=%89PNG%0D%0A%1A%0A"),
        Set.of(400, 415));

    // Two files in one form: at most one of them may be stored.
    Form twice =
        form(target)
            .file("file", "a.png", "image/png", PNG)
            .file("file", "b.png", "image/png", PNG);
    byte[] twiceBody = twice.end();
    List<Long> before = target.rows().get();
    RawHttp.Answer answer =
        post(target, twice.contentType(), twiceBody, Framing.CONTENT_LENGTH, null);
    report.sent(target.operation());
    List<Long> after = target.rows().get();
    String where = target.operation() + " with two file parts";
    if (answer.status() >= 500) {
      report.failure(where + ": " + answer.status() + " " + abbreviate(answer.text()));
    } else if (answer.status() >= 400) {
      checkProblem(where, answer);
      checkNothingStored(where, before, after);
    } else if (after.get(0) - before.get(0) > 1 || after.get(1) - before.get(1) > 1) {
      report.failure(where + ": stored " + before + " -> " + after);
    }
  }

  // --- Names ------------------------------------------------------------------------------------

  private void hostileFileNamesAreNeverUsed(Target photos, Target documents) throws IOException {
    List<String> names =
        List.of(
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "/etc/passwd",
            "C:\\Windows\\win.ini",
            "....//....//etc/passwd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "nul\u0000.png",
            "x".repeat(1000) + ".png",
            "foto.png\r\nContent-Type: text/html\r\nX-Injected: yes",
            "foto\"; filename=\"../../evil.sh",
            "\u0444\u043e\u0442\u043e \ud83d\ude00 \u00fcn\u00ef.png",
            "\u202egnp.exe",
            "CON",
            ".htaccess",
            "");
    for (String name : names) {
      String label = "file name " + abbreviate(name);
      byte[] pdf = concat(PDF, ascii("%" + name.length()));
      String stored = hostileName(documents, label, name, "application/pdf", pdf);
      if (stored != null) {
        checkDownload(stored, label);
      }
      if (countPhotos() >= 7) {
        listing = newListing();
      }
      hostileName(photos, label, name, "image/png", PNG);
    }
    // An RFC 5987 extended name.
    Form extended =
        form(documents)
            .part(
                ascii(
                    "Content-Disposition: form-data; name=\"file\";"
                        + " filename*=UTF-8''..%2F..%2Fetc%2Fpasswd\r\nContent-Type: application/pdf"),
                PDF);
    byte[] body = extended.end();
    RawHttp.Answer answer =
        post(documents, extended.contentType(), body, Framing.CONTENT_LENGTH, null);
    report.sent(DOCUMENT);
    if (answer.status() >= 500) {
      report.failure(
          DOCUMENT + " with filename*: " + answer.status() + " " + abbreviate(answer.text()));
    } else if (answer.status() == 201) {
      checkDownload(answer.text(), "filename*");
    } else {
      checkProblem(DOCUMENT + " with filename*", answer);
    }
    for (String fileName : List.of("passwd.png", "evil.sh", "win.ini")) {
      try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 3)) {
        files
            .filter(f -> f.getFileName() != null && f.getFileName().toString().equals(fileName))
            .findAny()
            .ifPresent(f -> report.failure("a file named after an upload appeared: " + f));
      } catch (java.io.UncheckedIOException unreadable) {
        // Another user's directory in the temporary directory: nothing of ours is there.
      }
    }
  }

  /** Uploads good content under a hostile name; answers the created body, or null. */
  private String hostileName(
      Target target, String label, String name, String mediaType, byte[] content) {
    Form form = form(target);
    byte[] disposition =
        concat(
            ascii("Content-Disposition: form-data; name=\"file\"; filename=\""),
            concat(
                name.getBytes(StandardCharsets.UTF_8), ascii("\"\r\nContent-Type: " + mediaType)));
    form.part(disposition, content);
    byte[] body = form.end();
    List<Long> before = target.rows().get();
    RawHttp.Answer answer = post(target, form.contentType(), body, Framing.CONTENT_LENGTH, null);
    report.sent(target.operation());
    List<Long> after = target.rows().get();
    String where = target.operation() + " with " + label;
    if (answer.status() >= 500) {
      report.failure(where + ": " + answer.status() + " " + abbreviate(answer.text()));
      return null;
    }
    if (answer.status() != 201) {
      // A name that breaks the form's framing may be refused, as long as nothing is stored.
      checkProblem(where, answer);
      checkNothingStored(where, before, after);
      return null;
    }
    String text = answer.text();
    for (String part :
        List.of("passwd", "win.ini", "evil", "X-Injected", "\u0444\u043e\u0442\u043e")) {
      if (text.contains(part) || text.contains(name) && !name.isEmpty() && name.length() > 3) {
        report.failure(where + ": the answer repeats the client's file name: " + abbreviate(text));
        break;
      }
    }
    String location = answer.header("location");
    if (location == null
        || !location.matches("(http://[^/]+)?/api/v1/[a-z/-]+/[0-9]+(/[a-z-]+/[0-9]+)?")) {
      report.failure(where + ": Location is " + location);
    }
    if (after.get(0) != before.get(0) + 1) {
      report.failure(where + ": 201 but rows " + before + " -> " + after);
    }
    return text;
  }

  /** The download of a document: its type by content, its name the service's own. */
  private void checkDownload(String created, String label) {
    long id = JsonPath.from(created).getLong("id");
    for (String[] download :
        new String[][] {
          {"downloadMySupplierDocument", SupplierFixtures.DOCUMENTS + "/" + id, seller.token()},
          {
            "downloadSupplierDocument",
            SupplierFixtures.ADMIN + "/" + seller.supplierId() + "/documents/" + id,
            Tokens.of("admin")
          }
        }) {
      RawHttp.Answer answer =
          RawHttp.send(
              RawHttp.head("GET", download[1], ascii("Authorization: Bearer " + download[2])),
              null,
              false);
      report.sent(download[0]);
      String where = download[0] + " of a document uploaded with " + label;
      if (answer.status() != 200) {
        report.failure(where + ": " + answer.status() + " " + abbreviate(answer.text()));
        continue;
      }
      String disposition = answer.header("content-disposition");
      if (disposition == null || !SAFE_DISPOSITION.matcher(disposition).matches()) {
        report.failure(where + ": Content-Disposition " + disposition);
      }
      if (answer.headers().keySet().stream().anyMatch(h -> h.startsWith("x-injected"))) {
        report.failure(where + ": a header was injected");
      }
      if (!"nosniff".equals(answer.header("x-content-type-options"))) {
        report.failure(where + ": without X-Content-Type-Options: nosniff");
      }
    }
  }

  private void theNinthPhotoIsRefused(Target photos) {
    listing = newListing();
    for (int i = 0; i < 8; i++) {
      good(photos, "photo " + (i + 1) + " of 8", file("foto.png", "image/png", PNG), "image/png");
    }
    refused(photos, "a ninth photo", file("foto.png", "image/png", PNG), Set.of(422));
  }

  /** Uploaded multipart files are removed when their request ends. */
  private void noUploadedFileIsLeftBehind() {
    Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "bangga-elokal-uploads");
    long deadline = System.currentTimeMillis() + 5_000;
    while (true) {
      List<Path> left;
      try (Stream<Path> files = Files.exists(uploads) ? Files.list(uploads) : Stream.empty()) {
        left = files.toList();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      if (left.isEmpty()) {
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        report.failure("uploaded files left in " + uploads + ": " + left.size());
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  // --- Sending and checking ---------------------------------------------------------------------

  private void good(Target target, String what, Consumer<Form> file, String storedType) {
    Form form = form(target);
    file.accept(form);
    byte[] body = form.end();
    List<Long> before = target.rows().get();
    RawHttp.Answer answer = post(target, form.contentType(), body, Framing.CONTENT_LENGTH, null);
    report.sent(target.operation());
    List<Long> after = target.rows().get();
    String where = target.operation() + " with " + what;
    if (answer.status() != 201) {
      report.failure(
          where + ": " + answer.status() + " (expected 201) " + abbreviate(answer.text()));
      return;
    }
    String type = JsonPath.from(answer.text()).getString("contentType");
    if (!storedType.equals(type)) {
      report.failure(where + ": stored as " + type + ", expected " + storedType);
    }
    if (after.get(0) != before.get(0) + 1 || after.get(1) != before.get(1) + 1) {
      report.failure(where + ": 201 but rows " + before + " -> " + after);
    }
    if (target.operation().equals(PHOTO) && photosServed) {
      String url = JsonPath.from(answer.text()).getString("url");
      CatalogFixtures.act(seller.token(), listing, "publish");
      RawHttp.Answer photo = RawHttp.send(RawHttp.head("GET", url), null, false);
      report.sent("getListingPhoto");
      if (photo.status() != 200
          || !storedType.equals(photo.header("content-type"))
          || !"nosniff".equals(photo.header("x-content-type-options"))
          || photo.header("content-disposition") != null) {
        report.failure(
            "getListingPhoto of " + what + ": " + photo.status() + " " + photo.headers());
      }
    }
  }

  private void refused(Target target, String what, Consumer<Form> parts, Set<Integer> statuses) {
    refused(target, what, Framing.CONTENT_LENGTH, parts, statuses);
  }

  private void refused(
      Target target, String what, Framing framing, Consumer<Form> parts, Set<Integer> statuses) {
    Form form = form(target);
    parts.accept(form);
    sendAndCheck(target, what, form.contentType(), form.end(), framing, null, statuses, false);
  }

  private void send(
      Target target, String what, String contentType, byte[] body, Set<Integer> statuses) {
    sendAndCheck(target, what, contentType, body, Framing.CONTENT_LENGTH, null, statuses, false);
  }

  /** Sends a bad upload: a 4xx problem (one of {@code statuses} unless empty), nothing stored. */
  private void sendAndCheck(
      Target target,
      String what,
      String contentType,
      byte[] body,
      Framing framing,
      String declaredLength,
      Set<Integer> statuses,
      boolean protocolViolation) {
    List<Long> before = target.rows().get();
    RawHttp.Answer answer = post(target, contentType, body, framing, declaredLength);
    report.sent(target.operation());
    List<Long> after = target.rows().get();
    String where = target.operation() + " with " + what;
    int status = answer.status();
    if (status >= 500 || status < 400 || (!statuses.isEmpty() && !statuses.contains(status))) {
      report.failure(
          where
              + ": "
              + status
              + " (expected "
              + (statuses.isEmpty() ? "4xx" : statuses)
              + ") "
              + abbreviate(answer.text()));
    }
    if (protocolViolation && status < 500 && answer.header("content-type") == null) {
      // Refused below the service's handlers: Netty's decoder answers what is not HTTP at all
      // (RFC 9112, 6.3) with a bare 400, and see the chunked 12 MB body above.
      checkNothingStored(where, before, after);
      return;
    }
    checkProblem(where, answer);
    checkNothingStored(where, before, after);
  }

  private RawHttp.Answer post(
      Target target, String contentType, byte[] body, Framing framing, String declaredLength) {
    List<byte[]> headers = new ArrayList<>();
    headers.add(ascii("Authorization: Bearer " + seller.token()));
    headers.add(ascii("Content-Type: " + contentType));
    if (framing == Framing.CHUNKED) {
      headers.add(ascii("Transfer-Encoding: chunked"));
    } else {
      headers.add(
          ascii("Content-Length: " + (declaredLength != null ? declaredLength : body.length)));
    }
    String path =
        target.path() != null
            ? target.path()
            : CatalogFixtures.LISTINGS + "/" + listing + "/photos";
    return RawHttp.send(
        RawHttp.head("POST", path, headers.toArray(byte[][]::new)),
        body,
        framing == Framing.CHUNKED);
  }

  private void checkProblem(String where, RawHttp.Answer answer) {
    String contentType = answer.header("content-type");
    if (contentType == null || !contentType.startsWith(PROBLEM)) {
      report.failure(
          where
              + ": "
              + answer.status()
              + " answered as "
              + contentType
              + ", not "
              + PROBLEM
              + " "
              + abbreviate(answer.text()));
      return;
    }
    try {
      int said = JsonPath.from(answer.text()).getInt("status");
      if (said != answer.status()) {
        report.failure(where + ": problem says " + said + " but the answer is " + answer.status());
      }
    } catch (RuntimeException e) {
      report.failure(where + ": problem body is not JSON: " + abbreviate(answer.text()));
    }
  }

  private void checkNothingStored(String where, List<Long> before, List<Long> after) {
    if (!before.equals(after)) {
      report.failure(where + ": refused, but rows changed " + before + " -> " + after);
    }
  }

  // --- Fixtures ---------------------------------------------------------------------------------

  private long newListing() {
    return CatalogFixtures.create(
            seller.token(), CatalogFixtures.product("Kerajinan bambu unggah", "CRAFT", "75000"))
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private long countPhotos() {
    return database.count("select count(*) from listing_photo where listing_id = ?", listing);
  }

  private Form form(Target target) {
    Form form = new Form();
    target.fields().accept(form);
    return form;
  }

  private static Consumer<Form> file(String name, String mediaType, byte[] content) {
    return form -> form.file("file", name, mediaType, content);
  }

  /** A document form with every field but one. */
  private static Consumer<Form> formWithout(
      String missing, String fileField, String name, String mediaType, byte[] content) {
    return form -> {
      form.reset();
      for (String[] field :
          new String[][] {
            {"type", "OTHER"},
            {"number", "DOC-" + SupplierFixtures.digits(6)},
            {"issueDate", LocalDate.now().minusYears(1).toString()}
          }) {
        if (!field[0].equals(missing)) {
          form.field(field[0], field[1]);
        }
      }
      form.file(fileField, name, mediaType, content);
    };
  }

  /** A multipart/form-data body written by hand, so that any part of it can be wrong. */
  private static final class Form {
    private String boundary = "----suite" + Long.toHexString(System.nanoTime());
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Form field(String name, String value) {
      return part(
          ascii("Content-Disposition: form-data; name=\"" + name + "\""),
          value.getBytes(StandardCharsets.UTF_8));
    }

    Form file(String name, String fileName, String mediaType, byte[] content) {
      return part(
          concat(
              ascii("Content-Disposition: form-data; name=\"" + name + "\"; filename=\""),
              concat(
                  fileName.getBytes(StandardCharsets.UTF_8),
                  ascii("\"\r\nContent-Type: " + mediaType))),
          content);
    }

    Form part(byte[] headers, byte[] content) {
      raw(ascii("--" + boundary + "\r\n"));
      raw(headers);
      raw(ascii("\r\n\r\n"));
      raw(content);
      return raw(ascii("\r\n"));
    }

    Form raw(byte[] bytes) {
      body.writeBytes(bytes);
      return this;
    }

    void reset() {
      body.reset();
    }

    byte[] end() {
      raw(ascii("--" + boundary + "--\r\n"));
      return body.toByteArray();
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }
  }

  private static byte[] padded(byte[] start, int size) {
    byte[] content = new byte[size];
    System.arraycopy(start, 0, content, 0, start.length);
    Arrays.fill(content, start.length, size, (byte) 'a');
    return content;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
    return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
  }
}

package id.banggaelokal.suite;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte to the service under test, for what an HTTP client library refuses
 * to send or quietly repairs: non-ASCII header bytes, a Content-Length that lies, chunked bodies.
 * Every request asks for {@code Connection: close}, so that the answer ends with the connection.
 */
final class RawHttp {

  /** An answer: status, headers (names in lower case; the last of a repeated header) and body. */
  record Answer(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static final byte[] CRLF_CRLF = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private RawHttp() {}

  /**
   * Sends {@code head} (request line and headers, each line ended by CRLF, without the empty line
   * that ends them) and then the body, in pieces when {@code chunked}. A server that answers before
   * reading the whole body may close the connection; the answer is read all the same.
   */
  static Answer send(byte[] head, byte[] body, boolean chunked) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head);
        out.write("Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
          if (chunked) {
            int chunk = 64 * 1024;
            for (int offset = 0; offset < body.length; offset += chunk) {
              int length = Math.min(chunk, body.length - offset);
              out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
              out.write(body, offset, length);
              out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          } else {
            out.write(body);
          }
        }
        out.flush();
      } catch (IOException refusedWhileWriting) {
        // The server answered early and closed; its answer may still be readable.
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException("no answer: " + e, e);
    }
  }

  /** A request head with these header lines (already CRLF-free unless the test means otherwise). */
  static byte[] head(String method, String path, byte[]... headerLines) {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    head.writeBytes(
        (method + " " + path + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    for (byte[] line : headerLines) {
      head.writeBytes(line);
      head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    return head.toByteArray();
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Reads one answer: up to the end of its body by its Content-Length or last chunk, or else to the
   * end of the connection (a server that refuses a body may keep the connection open).
   */
  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try {
      for (int n; !complete(all.toByteArray()) && (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (IOException resetAfterAnswer) {
      // A reset after the answer was sent: keep what arrived.
    }
    byte[] bytes = all.toByteArray();
    int end = indexOf(bytes, CRLF_CRLF);
    if (end < 0) {
      throw new IOException("no HTTP answer, got " + bytes.length + " bytes");
    }
    Map<String, String> headers = headers(bytes, end);
    int status = Integer.parseInt(statusLine(bytes, end).split(" ")[1]);
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    } else if (headers.containsKey("content-length")) {
      int length = Integer.parseInt(headers.get("content-length"));
      body = java.util.Arrays.copyOf(body, Math.min(length, body.length));
    }
    return new Answer(status, headers, body);
  }

  private static boolean complete(byte[] bytes) {
    int end = indexOf(bytes, CRLF_CRLF);
    if (end < 0) {
      return false;
    }
    Map<String, String> headers = headers(bytes, end);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      return indexOf(bytes, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), end) >= 0
          || indexOf(bytes, "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), end + 4) == end + 4;
    }
    String length = headers.get("content-length");
    return length != null && bytes.length - end - 4 >= Integer.parseInt(length);
  }

  private static String statusLine(byte[] bytes, int end) {
    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n")[0];
  }

  private static Map<String, String> headers(byte[] bytes, int end) {
    String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    return headers;
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
      if (lineEnd < 0) {
        break;
      }
      String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeText.split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    return indexOf(bytes, part, 0);
  }

  private static int indexOf(byte[] bytes, byte[] part, int from) {
    outer:
    for (int i = from; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

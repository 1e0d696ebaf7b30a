package id.banggaelokal.platform.web;

import id.banggaelokal.platform.error.ApiException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The JSON body limit on the bytes actually read. {@link HttpEntryFilter} refuses a declared
 * Content-Length above it before anything is read; a chunked body declares none, so it is counted
 * here as it is parsed, and refused (413) once it passes the limit.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

  private final long maxBytes;

  JsonBodyLimit(
      @ConfigProperty(name = "banggaelokal.http.max-json-body-size") MemorySize maxJsonBodySize) {
    this.maxBytes = maxJsonBodySize.asLongValue();
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().toLowerCase(Locale.ROOT).contains("json")) {
      return context.proceed();
    }
    context.setInputStream(new Limited(context.getInputStream(), maxBytes));
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      // The parser may wrap what the stream threw (as a mapping error of the field it was reading).
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof TooLarge) {
          throw ApiException.tooLarge("problem.payload-too-large.detail", maxBytes);
        }
      }
      throw e;
    }
  }

  /** What the counting stream throws past the limit. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("JSON body above the limit", null);
    }
  }

  /** Counts what is read and refuses more than the limit. */
  private static final class Limited extends FilterInputStream {

    private final long maxBytes;
    private long read;

    Limited(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws TooLarge {
      read += n;
      if (read > maxBytes) {
        throw new TooLarge();
      }
    }
  }
}

package id.banggaelokal.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a report's rows as they come from the database, never holding them all: CSV (RFC 4180,
 * UTF-8, a header row, rupiah as plain decimals) or a JSON object whose {@code items} array is
 * streamed.
 *
 * <p>CSV cells that start with {@code = + - @}, a tab or a carriage return get a leading
 * apostrophe: names are typed by suppliers, and a spreadsheet would otherwise run them as formulas.
 */
abstract sealed class ReportWriter implements AutoCloseable {

  static ReportWriter open(
      ReportFormat format,
      OutputStream out,
      ObjectMapper json,
      Map<String, Object> about,
      List<String> columns)
      throws IOException {
    return format == ReportFormat.CSV
        ? new Csv(out, columns)
        : new Json(json.getFactory().createGenerator(out, JsonEncoding.UTF8), about, columns);
  }

  /** One row: one value per column, in column order (null for none). */
  abstract void row(Object... values) throws IOException;

  @Override
  public abstract void close() throws IOException;

  static final class Csv extends ReportWriter {
    private final Writer out;

    Csv(OutputStream out, List<String> columns) throws IOException {
      this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      row(columns.toArray());
    }

    @Override
    void row(Object... values) throws IOException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(cell(values[i]));
      }
      out.write("\r\n");
    }

    static String cell(Object value) {
      if (value == null) {
        return "";
      }
      if (value instanceof BigDecimal amount) {
        return amount.toPlainString();
      }
      if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
        return value.toString();
      }
      String text = value.toString();
      if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
        text = "'" + text;
      }
      if (text.indexOf(',') >= 0
          || text.indexOf('"') >= 0
          || text.indexOf('\n') >= 0
          || text.indexOf('\r') >= 0) {
        return '"' + text.replace("\"", "\"\"") + '"';
      }
      return text;
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  static final class Json extends ReportWriter {
    private final JsonGenerator out;
    private final List<String> columns;

    Json(JsonGenerator out, Map<String, Object> about, List<String> columns) throws IOException {
      this.out = out;
      this.columns = columns;
      out.writeStartObject();
      for (Map.Entry<String, Object> entry : about.entrySet()) {
        out.writeFieldName(entry.getKey());
        writeValue(entry.getValue());
      }
      out.writeArrayFieldStart("items");
    }

    @Override
    void row(Object... values) throws IOException {
      out.writeStartObject();
      for (int i = 0; i < values.length; i++) {
        out.writeFieldName(columns.get(i));
        writeValue(values[i]);
      }
      out.writeEndObject();
    }

    private void writeValue(Object value) throws IOException {
      if (value == null) {
        out.writeNull();
      } else if (value instanceof BigDecimal amount) {
        out.writeNumber(amount);
      } else if (value instanceof Long number) {
        out.writeNumber(number);
      } else if (value instanceof Integer number) {
        out.writeNumber(number);
      } else if (value instanceof Boolean flag) {
        out.writeBoolean(flag);
      } else {
        out.writeString(value.toString());
      }
    }

    @Override
    public void close() throws IOException {
      out.writeEndArray();
      out.writeEndObject();
      out.flush();
    }
  }
}

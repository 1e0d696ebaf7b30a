package id.banggaelokal.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads JSON strings, refusing text that no field of this API should hold and that PostgreSQL
 * cannot store faithfully: control characters other than tab, line feed and carriage return (NUL in
 * particular), unpaired UTF-16 surrogates, and the bidirectional embedding, override and isolate
 * controls, which make a name or title display as other text than it holds. Text with nothing
 * visible in it (only spaces and invisible characters such as zero-width spaces) is read as the
 * empty string, so that a required field refuses it as blank.
 */
public final class SafeTextDeserializer extends StdScalarDeserializer<String> {

  SafeTextDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = StringDeserializer.instance.deserialize(parser, context);
    if (text != null && !isSafe(text)) {
      return (String)
          context.handleWeirdStringValue(String.class, text, "contains characters not allowed");
    }
    return text != null && !text.isEmpty() && isInvisible(text) ? "" : text;
  }

  /** Whether the text shows nothing: only spaces and invisible (format) characters. */
  static boolean isInvisible(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT);
  }

  /** Whether the text has only characters that may be stored and shown. */
  public static boolean isSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}

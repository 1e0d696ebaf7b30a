package id.banggaelokal.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads JSON strings, refusing text that no field of this API should hold and that PostgreSQL
 * cannot store faithfully: control characters other than tab, line feed and carriage return (NUL in
 * particular), and unpaired UTF-16 surrogates.
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
    return text;
  }

  /** Whether the text has only characters that may be stored and shown. */
  public static boolean isSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
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

package id.banggaelokal.platform.web;

import id.banggaelokal.platform.json.SafeTextDeserializer;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * Query and header parameters that are numbers, booleans, dates or enumerations are read strictly,
 * and one that cannot be read is a 400 naming the parameter (JAX-RS would answer 404 for a query
 * parameter, and {@code Boolean.valueOf} would read {@code maybe} as false).
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

  private static final Map<Class<?>, Kind> KINDS =
      Map.of(
          Integer.class, new Kind("integer", v -> Integer.valueOf(asciiInteger(v))),
          int.class, new Kind("integer", v -> Integer.valueOf(asciiInteger(v))),
          Long.class, new Kind("integer", v -> Long.valueOf(asciiInteger(v))),
          long.class, new Kind("integer", v -> Long.valueOf(asciiInteger(v))),
          Boolean.class, new Kind("boolean", StrictParamConverters::parseBoolean),
          boolean.class, new Kind("boolean", StrictParamConverters::parseBoolean),
          BigDecimal.class, new Kind("number", StrictParamConverters::parseDecimal),
          LocalDate.class, new Kind("date", StrictParamConverters::parseDate));

  /**
   * Text parameters hold only what a JSON string field may (no NUL or other control characters, no
   * unpaired surrogates): PostgreSQL cannot compare against them, and they name nothing.
   */
  private static final Kind TEXT =
      new Kind("validation.text.characters", StrictParamConverters::safeText, "");

  private record Kind(String messageKey, Function<String, Object> parser, String choices) {

    Kind(String type, Function<String, Object> parser) {
      this("validation.json.type." + type, parser, "");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Kind enumKind(Class<?> type) {
    Class<? extends Enum> enumType = (Class<? extends Enum>) type;
    String choices =
        String.join(", ", Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList());
    return new Kind("validation.json.enum", value -> Enum.valueOf(enumType, value), choices);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    boolean path = isPathParam(annotations);
    Kind kind =
        rawType.isEnum()
            ? enumKind(rawType)
            : rawType == String.class && isQueryParam(annotations) ? TEXT : KINDS.get(rawType);
    if (kind == null || (name == null && !path)) {
      return null;
    }
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        if (value == null) {
          return null;
        }
        if (path) {
          // A path segment that is not an id of this type names nothing: 404, as before.
          try {
            return (T) kind.parser().apply(value);
          } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException();
          }
        }
        try {
          return (T) kind.parser().apply(kind == TEXT ? value : value.trim());
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(name, kind.messageKey(), kind.choices());
        }
      }

      @Override
      public String toString(T value) {
        return String.valueOf(value);
      }
    };
  }

  /**
   * An integer written with ASCII digits only (Java's parsers also read other scripts' digits and a
   * leading plus sign, which an id in a URL must not have).
   */
  private static String asciiInteger(String value) {
    if (!value.matches("-?[0-9]{1,19}")) {
      throw new IllegalArgumentException("not an integer: " + value);
    }
    return value;
  }

  private static Object parseDecimal(String value) {
    if (value.length() > 40) {
      throw new IllegalArgumentException("too long");
    }
    BigDecimal number = new BigDecimal(value);
    if (number.scale() > 2 || number.precision() - number.scale() > 15) {
      throw new IllegalArgumentException("out of range: " + value);
    }
    return number;
  }

  /** An ISO date with a four-digit year (as every date of this marketplace has). */
  private static Object parseDate(String value) {
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.getYear() < 1 || date.getYear() > 9999) {
        throw new IllegalArgumentException("out of range: " + value);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Object safeText(String value) {
    if (!SafeTextDeserializer.isSafe(value)) {
      throw new IllegalArgumentException("characters not allowed");
    }
    return value;
  }

  private static Object parseBoolean(String value) {
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(value);
    };
  }

  private static boolean isPathParam(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof jakarta.ws.rs.PathParam) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQueryParam(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam) {
        return true;
      }
    }
    return false;
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof HeaderParam header) {
        return header.value();
      }
    }
    return null;
  }

  /** A query or header parameter whose value cannot be read as its type. */
  public static final class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String messageKey;
    private final String choices;

    InvalidParameterException(String parameter, String messageKey, String choices) {
      super("invalid parameter " + parameter);
      this.parameter = parameter;
      this.messageKey = messageKey;
      this.choices = choices;
    }

    /** The values the parameter may take, for enumerations; empty otherwise. */
    public String choices() {
      return choices;
    }

    public String parameter() {
      return parameter;
    }

    public String messageKey() {
      return messageKey;
    }
  }
}

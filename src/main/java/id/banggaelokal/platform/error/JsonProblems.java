package id.banggaelokal.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a request body that Jackson could not read into a problem that says where and why. */
final class JsonProblems {

  private JsonProblems() {}

  static Problem of(
      JsonProcessingException e, ProblemResponses problems, Locale locale, String at) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return problems.problem(
          ProblemKind.MALFORMED_REQUEST,
          locale,
          at,
          "problem.malformed.json",
          new Object[0],
          List.of());
    }
    String field = fieldPath(mapping);
    String messageKey;
    Object argument = "";
    if (e instanceof UnrecognizedPropertyException) {
      messageKey = "validation.json.unknown-field";
    } else if (e instanceof InvalidNullException) {
      messageKey = "validation.json.null";
    } else if (e instanceof InvalidFormatException format
        && format.getTargetType() == String.class
        && format.getValue() instanceof String) {
      messageKey = "validation.text.characters";
    } else if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
      messageKey = "validation.json.enum";
      argument = String.join(", ", enumNames(format.getTargetType()));
    } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      messageKey = "validation.json.type." + typeName(mismatch.getTargetType());
    } else if (e instanceof ValueInstantiationException) {
      messageKey = "validation.json.invalid";
    } else {
      messageKey = "validation.json.invalid";
    }
    return problems.problem(
        ProblemKind.VALIDATION,
        locale,
        at,
        "problem.validation.detail",
        new Object[] {argument},
        List.of(new FieldError(field, messageKey)));
  }

  private static String fieldPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static List<String> enumNames(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }

  /** The kind of JSON value the field expects, as a message-key suffix. */
  private static String typeName(Class<?> type) {
    if (type == String.class || type == Character.class || type == char.class) {
      return "string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || type == BigInteger.class) {
      return "integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() || type == BigDecimal.class) {
      return "number";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "date";
    }
    if (type.isEnum()) {
      return "string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "array";
    }
    if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
      return "object";
    }
    return "string";
  }
}

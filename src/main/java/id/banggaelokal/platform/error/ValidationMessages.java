package id.banggaelokal.platform.error;

import id.banggaelokal.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages of Bean Validation violations in the caller's language. A constraint's message template
 * ({@code {jakarta.validation.constraints.NotBlank.message}} or a key of our own) is looked up in
 * our message bundle and its {@code {attribute}} placeholders are filled from the constraint; a
 * template we do not know falls back to what the validator interpolated.
 */
@ApplicationScoped
class ValidationMessages {

  private static final Pattern TEMPLATE_KEY = Pattern.compile("^\\{([^{}]+)}$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private final Messages messages;

  ValidationMessages(Messages messages) {
    this.messages = messages;
  }

  String of(ConstraintViolation<?> violation, Locale locale) {
    Matcher key = TEMPLATE_KEY.matcher(violation.getMessageTemplate());
    if (!key.matches()) {
      return violation.getMessage();
    }
    return messages
        .find(locale, key.group(1))
        .map(pattern -> fill(pattern, violation.getConstraintDescriptor().getAttributes()))
        .orElseGet(violation::getMessage);
  }

  private static String fill(String pattern, Map<String, Object> attributes) {
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      Object value = attributes.get(placeholder.group(1));
      placeholder.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? placeholder.group() : value.toString()));
    }
    placeholder.appendTail(out);
    return out.toString();
  }
}

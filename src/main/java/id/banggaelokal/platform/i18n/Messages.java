package id.banggaelokal.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Human-readable texts in Indonesian (the default) and English, from {@code
 * i18n/messages*.properties}.
 */
@ApplicationScoped
public class Messages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);
  private static final String BUNDLE = "i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /**
   * The first supported language the client accepts, in its order of preference; else Indonesian.
   */
  /**
   * The caller's language from its Accept-Language header; the default (Indonesian) when the header
   * is absent or malformed (a bad q-value must not turn an answer into a failure).
   */
  public Locale negotiate(jakarta.ws.rs.core.HttpHeaders headers) {
    try {
      return negotiate(headers.getAcceptableLanguages());
    } catch (RuntimeException malformed) {
      return INDONESIAN;
    }
  }

  public Locale negotiate(List<Locale> acceptable) {
    for (Locale wanted : acceptable) {
      for (Locale supported : SUPPORTED) {
        if (supported.getLanguage().equals(wanted.getLanguage())) {
          return supported;
        }
      }
    }
    return INDONESIAN;
  }

  /** The message for the key, formatted with the arguments; the key itself when it is unknown. */
  public String get(Locale locale, String key, Object... arguments) {
    return find(locale, key).map(pattern -> format(locale, pattern, arguments)).orElse(key);
  }

  /** The raw pattern of a key, when the bundle has it. */
  public Optional<String> find(Locale locale, String key) {
    try {
      return Optional.of(bundle(locale).getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  private static String format(Locale locale, String pattern, Object... arguments) {
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}

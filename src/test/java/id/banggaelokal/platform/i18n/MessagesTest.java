package id.banggaelokal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private final Messages messages = new Messages();

  @Test
  void negotiatesTheFirstSupportedLanguageAndDefaultsToIndonesian() {
    assertEquals(Messages.INDONESIAN, messages.negotiate(List.of()));
    assertEquals(Messages.INDONESIAN, messages.negotiate(List.of(Locale.FRENCH)));
    assertEquals(
        Locale.ENGLISH, messages.negotiate(List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"))));
    assertEquals(
        Messages.INDONESIAN,
        messages.negotiate(List.of(Locale.forLanguageTag("id-ID"), Locale.ENGLISH)));
  }

  @Test
  void formatsArgumentsInTheChosenLanguage() {
    assertEquals(
        "Perangkat daerah 42 tidak ditemukan.",
        messages.get(Messages.INDONESIAN, "workunit.not-found", "42"));
    assertEquals(
        "Work unit 42 does not exist.", messages.get(Locale.ENGLISH, "workunit.not-found", "42"));
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Properties indonesian = load("/i18n/messages.properties");
    Properties english = load("/i18n/messages_en.properties");
    assertEquals(indonesian.keySet(), english.keySet());
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      properties.load(in);
    }
    return properties;
  }
}

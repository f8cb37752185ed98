package be.vlaanderen.crt.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The UI texts: both languages complete, every pattern valid, and counts written as people write
 * them.
 */
class MessageBundlesTest {

  /**
   * "opmerking(en)", "item(s)", "gemeente(n)", "municipalit(y/ies)": the bundle says it properly
   * instead.
   */
  private static final Pattern BRACKET_PLURAL =
      Pattern.compile("\\p{L}\\((en|n|s|es|ies|y/ies)\\)");

  @Test
  void dutchAndEnglishHaveTheSameKeys() throws IOException {
    var nl = load("nl");
    var en = load("en");
    var onlyDutch = new TreeSet<>(nl.stringPropertyNames());
    onlyDutch.removeAll(en.stringPropertyNames());
    var onlyEnglish = new TreeSet<>(en.stringPropertyNames());
    onlyEnglish.removeAll(nl.stringPropertyNames());
    assertTrue(onlyDutch.isEmpty(), "without English: " + onlyDutch);
    assertTrue(onlyEnglish.isEmpty(), "without Dutch: " + onlyEnglish);
  }

  @Test
  void noTextCountsWithABracketedPlural() throws IOException {
    List<String> found = new ArrayList<>();
    for (String language : List.of("nl", "en")) {
      var bundle = load(language);
      for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
        if (BRACKET_PLURAL.matcher(bundle.getProperty(key)).find()) {
          found.add(language + ": " + key + "=" + bundle.getProperty(key));
        }
      }
    }
    assertTrue(found.isEmpty(), String.join("\n", found));
  }

  @Test
  void everyCountingTextFormatsZeroOneAndMany() throws IOException {
    for (String language : List.of("nl", "en")) {
      var bundle = load(language);
      Locale locale = Locale.forLanguageTag(language);
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        if (!pattern.contains(",choice,")) {
          continue;
        }
        String one = new MessageFormat(pattern, locale).format(arguments(1));
        String many = new MessageFormat(pattern, locale).format(arguments(3));
        assertNotEquals(one, many, key);
        assertTrue(!one.contains("{") && !many.contains("{"), key + ": " + one);
      }
    }
  }

  @Test
  void countsReadAsSentences() {
    Locale nl = Messages.DUTCH;
    assertEquals(
        "De feedback is vrijgegeven aan Aalst (1 zichtbare opmerking); de contactpersonen krijgen een e-mail.",
        Messages.get(nl, "review.releasedNow", "Aalst", 1));
    assertEquals(
        "De feedback is vrijgegeven aan Aalst (12 zichtbare opmerkingen); de contactpersonen krijgen een e-mail.",
        Messages.get(nl, "review.releasedNow", "Aalst", 12));
    assertEquals("1 dag", Formats.days("1", nl));
    assertEquals("11,5 dagen", Formats.days("11.5", nl));
    assertEquals("0,5 dag", Formats.days(new java.math.BigDecimal("0.5"), nl));
    assertEquals("11.5 days", Formats.days("11.5", Locale.ENGLISH));
  }

  private static Object[] arguments(int count) {
    Object[] arguments = new Object[8];
    java.util.Arrays.fill(arguments, count);
    return arguments;
  }

  private static Properties load(String language) throws IOException {
    var properties = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
      properties.load(in);
    }
    return properties;
  }
}

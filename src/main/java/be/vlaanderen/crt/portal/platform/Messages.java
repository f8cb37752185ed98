package be.vlaanderen.crt.portal.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts outside JSF pages (REST errors, services). Same bundle as the pages' {@code #{msg}}:
 * Dutch by default, English when asked for.
 */
public final class Messages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final List<String> SUPPORTED = List.of("nl", "en");

  private Messages() {}

  /** The supported locale closest to what the client asked for; Dutch when in doubt. */
  public static Locale choose(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if (SUPPORTED.contains(locale.getLanguage())) {
        return Locale.forLanguageTag(locale.getLanguage());
      }
    }
    return DUTCH;
  }

  public static boolean has(Locale locale, String key) {
    return bundle(locale).containsKey(key);
  }

  public static String get(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private static ResourceBundle bundle(Locale locale) {
    Locale chosen = SUPPORTED.contains(locale.getLanguage()) ? locale : DUTCH;
    return ResourceBundle.getBundle(
        "messages",
        chosen,
        Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}

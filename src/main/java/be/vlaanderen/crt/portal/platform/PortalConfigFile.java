package be.vlaanderen.crt.portal.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The deployment's properties file under {@code config/} (demo, test or production), named by the
 * system property {@code crt.config} or the environment variable {@code CRT_CONFIG}.
 *
 * <p>Its ordinal (250) sits above the defaults packaged in the WAR (100) and below environment
 * variables (300) and system properties (400), so an operator can always override a file value with
 * an environment variable such as {@code CRT_DB_PASSWORD}.
 */
public class PortalConfigFile implements ConfigSource {

  static final int ORDINAL = 250;

  private final Map<String, String> values;
  private final String name;

  public PortalConfigFile() {
    String location = System.getProperty("crt.config", System.getenv("CRT_CONFIG"));
    this.name = "crt-config-file:" + location;
    this.values = location == null || location.isBlank() ? Map.of() : load(Path.of(location));
  }

  private static Map<String, String> load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the portal configuration file " + file, e);
    }
    Map<String, String> map = new HashMap<>();
    properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
    return Map.copyOf(map);
  }

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values.get(propertyName);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}

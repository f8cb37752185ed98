package be.vlaanderen.crt.portal.devenv;

import java.nio.file.Path;

/** The java executable of the running JVM, so child processes use the same JDK. */
final class Java {
  private Java() {}

  static String executable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

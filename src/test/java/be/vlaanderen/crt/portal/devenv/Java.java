package be.vlaanderen.crt.portal.devenv;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Child Java processes: the same JDK as the running JVM, and a polite stop. */
final class Java {
  private Java() {}

  /**
   * Asks the process to stop (SIGTERM, so it can close cleanly) and kills it after the grace
   * period.
   */
  static void stop(Process process, int graceSeconds) {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String executable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

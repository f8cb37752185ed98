package be.vlaanderen.crt.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show dates, sizes, hashes and types: {@code #{formats.dateTime(x)}} and friends. */
@Named
@ApplicationScoped
public class Formats {

  /** The portal serves Flanders: times are shown in Belgian time whatever the server's zone. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  public String dateTime(Object value) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale());
    if (value instanceof Instant instant) {
      return format.format(instant.atZone(BRUSSELS));
    }
    if (value instanceof LocalDateTime local) {
      return format.format(local);
    }
    return "";
  }

  /** A day: "10 dec 2026"; empty for null. */
  public String date(Object value) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy", locale());
    if (value instanceof java.time.LocalDate day) {
      return format.format(day);
    }
    if (value instanceof Instant instant) {
      return format.format(instant.atZone(BRUSSELS));
    }
    return "";
  }

  /** "€ 47.916,00" from a decimal string or number; "—" for null. */
  public String euro(Object amount) {
    if (amount == null) {
      return "—";
    }
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return "€ " + f.format(new java.math.BigDecimal(amount.toString()));
  }

  /** A number as written in the page's language: "9,5" in Dutch; "—" for null. */
  public String number(Object value) {
    if (value == null) {
      return "—";
    }
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale());
    f.setMaximumFractionDigits(2);
    return f.format(new java.math.BigDecimal(value.toString()));
  }

  /** A number of days as written in the page's language: "1 dag", "11,5 dagen"; "—" for null. */
  public String days(Object value) {
    return days(value, locale());
  }

  public static String days(Object value, Locale locale) {
    if (value == null) {
      return "—";
    }
    java.math.BigDecimal amount = new java.math.BigDecimal(value.toString());
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    return Messages.get(locale, "common.days", amount, f.format(amount));
  }

  public String size(long bytes) {
    return size(bytes, locale());
  }

  static String size(long bytes, Locale locale) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return number.format(bytes / 1024.0) + " KB";
    }
    if (bytes < 1024L * 1024 * 1024) {
      return number.format(bytes / (1024.0 * 1024)) + " MB";
    }
    return number.format(bytes / (1024.0 * 1024 * 1024)) + " GB";
  }

  /** The first 12 hex digits: enough to compare by eye, the full hash is in the title. */
  public String shortHash(String sha256) {
    return sha256 == null || sha256.length() < 12 ? sha256 : sha256.substring(0, 12);
  }

  /**
   * The colour of a status tag: green when done, amber when the municipality has to act, blue while
   * the CRT is.
   */
  public String statusSeverity(Object status) {
    return switch (String.valueOf(status)) {
      case "ACCEPTED", "SUBMITTED" -> "success";
      case "IN_REVIEW", "REVISED" -> "info";
      default -> "warning";
    };
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Messages.DUTCH
        : faces.getViewRoot().getLocale();
  }
}

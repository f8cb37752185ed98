package be.vlaanderen.crt.portal.budget;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount in euros. Products and sums stay exact; the amount is rounded to cents (half up) only
 * where it is shown: on a page ({@link #shown}), in an export, or in the API as the decimal string
 * {@code "47916.00"} ({@link #toString}). Where a rounding is part of the rule (an invoice line),
 * it is asked for by name with {@link #cents()}.
 */
@JsonbTypeSerializer(Money.AsDecimalString.class)
@Schema(
    type = SchemaType.STRING,
    pattern = "^-?\\d+\\.\\d{2}$",
    example = "47916.00",
    description = "Bedrag in euro als decimale string met twee decimalen")
public final class Money implements Comparable<Money>, Serializable {

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal exact;

  private Money(BigDecimal exact) {
    this.exact = Objects.requireNonNull(exact);
  }

  /** The amount as given, exact; {@code null} stays {@code null} (an amount that is not known). */
  public static Money of(BigDecimal exact) {
    return exact == null ? null : new Money(exact);
  }

  /** An amount written as a decimal string, "47916.00". */
  public static Money parse(String decimal) {
    return new Money(new BigDecimal(decimal));
  }

  /** days × day rate, exact (e.g. 0.5 × 958.32 = 479.160). */
  public static Money cost(BigDecimal days, BigDecimal dayRate) {
    return new Money(days.multiply(dayRate));
  }

  /** The sum, exact; zero for none. */
  public static Money sum(Collection<Money> amounts) {
    BigDecimal total = BigDecimal.ZERO;
    for (Money m : amounts) {
      total = total.add(m.exact);
    }
    return new Money(total);
  }

  public Money plus(Money other) {
    return new Money(exact.add(other.exact));
  }

  public Money minus(Money other) {
    return new Money(exact.subtract(other.exact));
  }

  /** A multiple or a share (e.g. 0.20), still exact. */
  public Money times(BigDecimal factor) {
    return new Money(exact.multiply(factor));
  }

  /** The amount divided, to ten decimals: what is left is far below a cent. */
  public Money dividedBy(long divisor) {
    return new Money(exact.divide(BigDecimal.valueOf(divisor), 10, RoundingMode.HALF_UP));
  }

  /** The amount rounded to cents, for a rule that rounds (an invoice line, what is left). */
  public Money cents() {
    return new Money(rounded());
  }

  public BigDecimal exact() {
    return exact;
  }

  /** Cents, half up: the figure as shown. */
  public BigDecimal rounded() {
    return exact.setScale(2, RoundingMode.HALF_UP);
  }

  /** "€ 47.916,00" in Dutch, "€ 47,916.00" in English. */
  public String shown(Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return "€ " + f.format(rounded());
  }

  /** "47916.00": the API's and the spreadsheets' decimal string. */
  @Override
  public String toString() {
    return rounded().toPlainString();
  }

  @Override
  public int compareTo(Money other) {
    return exact.compareTo(other.exact);
  }

  /** Equal when the exact amounts are: 479.160 equals 479.16. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && exact.compareTo(m.exact) == 0;
  }

  @Override
  public int hashCode() {
    return exact.stripTrailingZeros().hashCode();
  }

  /** Writes the amount as the decimal string the API has always returned. */
  public static final class AsDecimalString implements JsonbSerializer<Money> {
    @Override
    public void serialize(Money money, JsonGenerator generator, SerializationContext ctx) {
      generator.write(money.toString());
    }
  }
}

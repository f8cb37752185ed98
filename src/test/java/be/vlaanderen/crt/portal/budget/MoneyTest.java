package be.vlaanderen.crt.portal.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {

  static BigDecimal eur(String s) {
    return new BigDecimal(s);
  }

  @Test
  void theAgreementsFiguresFollowFromDaysAndRates() {
    Money baPm = Money.cost(eur("50"), eur("958.32"));
    Money fa = Money.cost(eur("300"), eur("962.57"));
    assertEquals("47916.00", baPm.toString());
    assertEquals("288771.00", fa.toString());
    assertEquals("336687.00", baPm.plus(fa).toString());
    assertTrue(baPm.plus(fa).compareTo(Money.parse("337000")) < 0);
  }

  @Test
  void roundingHappensOnceAtTheEnd() {
    // 3 half days at 902.675 (a rate with a third decimal would round up per entry).
    BigDecimal rate = eur("902.675");
    Money perEntryRounded = Money.ZERO;
    Money exact = Money.ZERO;
    for (int i = 0; i < 3; i++) {
      Money cost = Money.cost(eur("0.5"), rate);
      perEntryRounded = perEntryRounded.plus(cost.cents());
      exact = exact.plus(cost);
    }
    assertEquals("1354.01", exact.toString());
    assertEquals("1354.02", perEntryRounded.toString());
    // With the agreement's rates half days are exact to the cent anyway.
    assertEquals("479.16", Money.cost(eur("0.5"), eur("958.32")).toString());
    assertEquals("481.285", Money.cost(eur("0.5"), eur("962.57")).exact().toPlainString());
    assertEquals("481.29", Money.cost(eur("0.5"), eur("962.57")).toString());
  }

  @Test
  void anAmountIsShownInTheReadersLanguageAndComparedByValue() {
    Money m = Money.cost(eur("0.5"), eur("962.57"));
    assertEquals("€ 481,29", m.shown(java.util.Locale.forLanguageTag("nl-BE")));
    assertEquals("€ 481.29", m.shown(java.util.Locale.ENGLISH));
    assertEquals(
        "€ 47.916,00", Money.parse("47916").shown(java.util.Locale.forLanguageTag("nl-BE")));
    assertEquals(Money.parse("479.160"), Money.parse("479.16"));
    assertEquals(Money.parse("479.160").hashCode(), Money.parse("479.16").hashCode());
    assertEquals("-0.01", Money.parse("100.00").minus(Money.parse("100.005")).toString());
    assertEquals(Money.parse("60.00"), Money.sum(List.of(Money.parse("10"), Money.parse("50"))));
    assertEquals(Money.ZERO, Money.sum(List.of()));
    assertEquals("33.33", Money.parse("100").dividedBy(3).toString());
    assertEquals(null, Money.of(null));
  }

  @Test
  void aRateAppliesFromItsDateUntilTheNext() {
    Rates rates =
        new Rates(
            List.of(
                new Rates.Rate("FA", LocalDate.of(2025, 1, 1), eur("962.57")),
                new Rates.Rate("FA", LocalDate.of(2027, 1, 1), eur("990.00")),
                new Rates.Rate("BA_PM", LocalDate.of(2025, 1, 1), eur("958.32"))));
    assertEquals(eur("962.57"), rates.on("FA", LocalDate.of(2026, 12, 31)));
    assertEquals(eur("990.00"), rates.on("FA", LocalDate.of(2027, 1, 1)));
    assertEquals(eur("990.00"), rates.on("FA", LocalDate.of(2030, 6, 1)));
    assertEquals(eur("958.32"), rates.on("BA_PM", LocalDate.of(2027, 1, 1)));
    assertFalse(rates.has("FA", LocalDate.of(2024, 12, 31)));
    assertThrows(IllegalStateException.class, () -> rates.on("EXT_A", LocalDate.of(2026, 1, 1)));
  }

  @Test
  void splittingCentsLosesAndInventsNothing() {
    assertEquals(
        List.of(eur("33.34"), eur("33.33"), eur("33.33")), Allocation.split(eur("100.00"), 3));
    assertEquals(List.of(eur("0.01"), eur("0.00")), Allocation.split(eur("0.01"), 2));
    Random random = new Random(3);
    for (int i = 0; i < 1_000; i++) {
      BigDecimal amount = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
      int parts = 1 + random.nextInt(7);
      List<BigDecimal> split = Allocation.split(amount, parts);
      assertEquals(parts, split.size());
      assertEquals(0, split.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(amount));
      BigDecimal max = split.stream().max(BigDecimal::compareTo).orElseThrow();
      BigDecimal min = split.stream().min(BigDecimal::compareTo).orElseThrow();
      assertTrue(max.subtract(min).compareTo(eur("0.01")) <= 0);
    }
  }

  @Test
  void twentyPercentSharesAddUpToTwentyPercentOfTheTotal() {
    Random random = new Random(5);
    List<Money> attributed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      attributed.add(Money.cost(BigDecimal.valueOf(1 + random.nextInt(40), 1), eur("962.57")));
    }
    Money total = Money.sum(attributed);
    Money shares = Money.sum(attributed.stream().map(a -> a.times(eur("0.20"))).toList());
    assertEquals(0, shares.compareTo(total.times(eur("0.20"))));
  }

  @Test
  void activitiesBelongToTheirTrack() {
    assertTrue(Activity.INTAKE.fits(be.vlaanderen.crt.portal.programme.Track.ACM_IDM));
    assertFalse(Activity.INTAKE.fits(be.vlaanderen.crt.portal.programme.Track.BCP));
    assertTrue(Activity.WORKSHOP.fits(be.vlaanderen.crt.portal.programme.Track.BCP));
    assertTrue(Activity.REPORTING.fits(be.vlaanderen.crt.portal.programme.Track.BCP));
    assertTrue(Activity.REPORTING.fits(be.vlaanderen.crt.portal.programme.Track.ACM_IDM));
  }
}

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
    BigDecimal baPm = Money.cost(eur("50"), eur("958.32"));
    BigDecimal fa = Money.cost(eur("300"), eur("962.57"));
    assertEquals("47916.00", Money.plain(baPm));
    assertEquals("288771.00", Money.plain(fa));
    assertEquals("336687.00", Money.plain(baPm.add(fa)));
    assertTrue(baPm.add(fa).compareTo(eur("337000")) < 0);
  }

  @Test
  void roundingHappensOnceAtTheEnd() {
    // 3 half days at 902.675 (a rate with a third decimal would round up per entry).
    BigDecimal rate = eur("902.675");
    BigDecimal perEntryRounded = BigDecimal.ZERO;
    BigDecimal exact = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      BigDecimal cost = Money.cost(eur("0.5"), rate);
      perEntryRounded = perEntryRounded.add(Money.cents(cost));
      exact = exact.add(cost);
    }
    assertEquals("1354.01", Money.plain(exact));
    assertEquals("1354.02", perEntryRounded.toPlainString());
    // With the agreement's rates half days are exact to the cent anyway.
    assertEquals("479.16", Money.plain(Money.cost(eur("0.5"), eur("958.32"))));
    assertEquals("481.285", Money.cost(eur("0.5"), eur("962.57")).toPlainString());
    assertEquals("481.29", Money.plain(Money.cost(eur("0.5"), eur("962.57"))));
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
    List<BigDecimal> attributed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      attributed.add(Money.cost(BigDecimal.valueOf(1 + random.nextInt(40), 1), eur("962.57")));
    }
    BigDecimal total = attributed.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal shares =
        attributed.stream()
            .map(a -> Money.share(a, eur("0.20")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, shares.compareTo(Money.share(total, eur("0.20"))));
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

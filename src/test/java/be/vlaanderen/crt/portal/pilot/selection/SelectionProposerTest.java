package be.vlaanderen.crt.portal.pilot.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.organisation.Province;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionProposerTest {

  /** 60 applicants: Antwerpen 25, Oost-Vlaanderen 20, others fewer; sizes and scores varied. */
  static List<Candidate> oversubscribed() {
    List<Candidate> list = new ArrayList<>();
    Random random = new Random(7);
    int[] perProvince = {25, 3, 20, 5, 7}; // ANTWERPEN, LIMBURG, OOST_VL, VL_BRABANT, WEST_VL
    long id = 1;
    for (int p = 0; p < 5; p++) {
      for (int i = 0; i < perProvince[p]; i++) {
        list.add(
            new Candidate(
                id,
                Province.values()[p].label() + " " + i,
                Province.values()[p],
                3_000 + random.nextInt(120_000),
                1 + random.nextInt(5),
                random.nextBoolean(),
                random.nextInt(3) == 0,
                Instant.parse("2026-10-01T08:00:00Z").plusSeconds(id * 60)));
        id++;
      }
    }
    return list;
  }

  @Test
  void oversubscribedFillsThePlacesAndEveryProvinceGetsItsGuaranteedPlaces() {
    Proposal p = SelectionProposer.propose(oversubscribed(), Criteria.DEFAULT);
    assertTrue(p.oversubscribed());
    assertEquals(30, p.selectedCount());
    assertEquals(60, p.rows().size());
    // Limburg has only 3 candidates: all three get in; every other province at least 4.
    assertEquals(3, p.selectedByProvince().get("LIMBURG"));
    for (String province :
        List.of("ANTWERPEN", "OOST_VLAANDEREN", "VLAAMS_BRABANT", "WEST_VLAANDEREN")) {
      assertTrue(p.selectedByProvince().get(province) >= 4, province);
    }
    // Every row has a reason; selected ones are numbered 1..30 in pick order.
    for (Proposal.Row r : p.rows()) {
      assertFalse(r.reason().isBlank());
      assertEquals(r.selected(), r.order() > 0);
    }
  }

  @Test
  void withoutSpreadTheBestScoresWinAndNotChosenOnesScoreNoHigherThanTheLastPick() {
    Criteria noGuarantee =
        new Criteria(
            30,
            0,
            new BigDecimal("1.00"),
            new BigDecimal("2.00"),
            new BigDecimal("1.50"),
            BigDecimal.ZERO);
    Proposal p = SelectionProposer.propose(oversubscribed(), noGuarantee);
    BigDecimal lowestChosen =
        p.rows().stream()
            .filter(Proposal.Row::selected)
            .map(Proposal.Row::score)
            .min(BigDecimal::compareTo)
            .orElseThrow();
    BigDecimal highestLeft =
        p.rows().stream()
            .filter(r -> !r.selected())
            .map(Proposal.Row::score)
            .max(BigDecimal::compareTo)
            .orElseThrow();
    assertTrue(lowestChosen.compareTo(highestLeft) >= 0, lowestChosen + " vs " + highestLeft);
  }

  @Test
  void theProposalIsTheSameWhateverTheOrderOfTheInput() {
    List<Candidate> input = oversubscribed();
    Proposal first = SelectionProposer.propose(input, Criteria.DEFAULT);
    List<Candidate> shuffled = new ArrayList<>(input);
    Collections.shuffle(shuffled, new Random(42));
    Proposal second = SelectionProposer.propose(shuffled, Criteria.DEFAULT);
    assertEquals(first, second);
  }

  @Test
  void undersubscribedSelectsEveryone() {
    List<Candidate> few = oversubscribed().subList(0, 12);
    Proposal p = SelectionProposer.propose(few, Criteria.DEFAULT);
    assertFalse(p.oversubscribed());
    assertEquals(12, p.selectedCount());
    assertTrue(p.rows().stream().allMatch(r -> r.reason().equals("pilot.reason.allFit")));
  }

  @Test
  void theSizeSpreadBonusFavoursAnUnderRepresentedSizeClass() {
    // Four big cities with a high score and one small town slightly lower; one place left after
    // the guarantees (none): the small town gets it thanks to the bonus.
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      list.add(
          new Candidate(i, "Stad " + i, Province.ANTWERPEN, 80_000, 5, true, false, Instant.EPOCH));
    }
    list.add(new Candidate(9, "Dorp", Province.ANTWERPEN, 5_000, 4, true, false, Instant.EPOCH));
    Criteria c =
        new Criteria(
            4,
            0,
            new BigDecimal("1.00"),
            new BigDecimal("2.00"),
            BigDecimal.ZERO,
            new BigDecimal("1.00"));
    Proposal p = SelectionProposer.propose(list, c);
    Proposal.Row town =
        p.rows().stream().filter(r -> r.candidate().id() == 9).findFirst().orElseThrow();
    assertTrue(town.selected());
    assertEquals(0, town.bonus().compareTo(new BigDecimal("1.00")));
    assertEquals("pilot.reason.scoreWithSpread", town.reason());
  }

  @Test
  void scoresFollowTheCriteria() {
    Candidate c = new Candidate(1, "X", Province.LIMBURG, 10_000, 3, true, true, Instant.EPOCH);
    // maturity 3 → half of 1.00, audit 2.00, hacking 1.50
    assertEquals(new BigDecimal("4.00"), SelectionProposer.score(c, Criteria.DEFAULT));
  }

  @Test
  void groupsAreNeighboursAndDifferInSizeByAtMostOne() {
    Proposal p = SelectionProposer.propose(oversubscribed(), Criteria.DEFAULT);
    List<Candidate> selected =
        p.rows().stream().filter(Proposal.Row::selected).map(Proposal.Row::candidate).toList();
    List<List<Candidate>> groups = GroupFormer.form(selected, 5);
    assertEquals(5, groups.size());
    Map<Long, Integer> seen = new HashMap<>();
    for (int g = 0; g < 5; g++) {
      assertEquals(6, groups.get(g).size());
      for (Candidate c : groups.get(g)) {
        seen.put(c.id(), g);
      }
      // Within a group the provinces follow the west-to-east order.
      List<Integer> order =
          groups.get(g).stream().map(c -> GroupFormer.WEST_TO_EAST.indexOf(c.province())).toList();
      assertEquals(order.stream().sorted().toList(), order);
    }
    assertEquals(30, seen.size());
    assertEquals(
        List.of(4, 4, 3),
        GroupFormer.form(selected.subList(0, 11), 3).stream().map(List::size).toList());
  }

  @Test
  void criteriaProblemsAreNamed() {
    assertEquals(
        "pilot.criteria.places",
        new Criteria(0, 0, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)
            .problem());
    assertEquals(
        "pilot.criteria.minPerProvince",
        new Criteria(10, 3, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)
            .problem());
    assertEquals(
        "pilot.criteria.weight",
        new Criteria(10, 1, new BigDecimal("101"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)
            .problem());
    assertEquals(null, Criteria.DEFAULT.problem());
  }
}

package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.programme.Wave;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three feedback rounds of each wave and who reviews which municipality. Rounds exist for every
 * wave: they are created the first time a wave's rounds are asked for.
 */
@ApplicationScoped
@be.vlaanderen.crt.portal.platform.RetryOnDeadlock
public class Rounds {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  /** A round as the pages and API show it. */
  public record RoundView(
      long id,
      long waveId,
      String wave,
      int number,
      String kind,
      LocalDate opensOn,
      LocalDate closesOn,
      LocalDate releaseOn,
      boolean current,
      long released,
      long enrolled)
      implements Serializable {}

  /** A municipality with its reviewers (usernames), for the coordinator's assignment table. */
  public record ReviewerRow(
      long municipalityId, String municipality, String province, List<String> reviewers)
      implements Serializable {}

  /** A reviewer account to choose from. */
  public record Reviewer(String username, String name) implements Serializable {}

  /** The wave's rounds 1–3, created when missing. */
  @Transactional
  public List<FeedbackRound> roundsOf(long waveId) {
    List<FeedbackRound> rounds = query(waveId);
    if (rounds.size() < 3) {
      Wave wave = em.find(Wave.class, waveId);
      if (wave == null) {
        throw new NotVisibleException("Wave " + waveId);
      }
      if (wave.getProgramme().getTrack() == Track.ACM_IDM) {
        // The pilot has one review "round" for its integration dossiers, made by V14.
        return rounds;
      }
      Set<Integer> present =
          rounds.stream().map(FeedbackRound::getNumber).collect(Collectors.toSet());
      for (int n = 1; n <= 3; n++) {
        if (!present.contains(n)) {
          em.createNativeQuery(
                  "INSERT IGNORE INTO feedback_round (wave_id, number, assignment_kind) VALUES (?, ?, ?)")
              .setParameter(1, waveId)
              .setParameter(2, n)
              .setParameter(3, FeedbackRound.kindOf(n).name())
              .executeUpdate();
        }
      }
      rounds = query(waveId);
    }
    return rounds;
  }

  private List<FeedbackRound> query(long waveId) {
    return em.createQuery(
            "SELECT r FROM FeedbackRound r WHERE r.wave.id = :w ORDER BY r.number",
            FeedbackRound.class)
        .setParameter("w", waveId)
        .getResultList();
  }

  /** The round that reviews this submission, or null for documents outside the rounds. */
  @Transactional
  public FeedbackRound roundOf(Submission submission) {
    int number = FeedbackRound.numberOf(submission.getAssignment().getKind());
    if (number == 0) {
      return null;
    }
    return roundsOf(submission.getAssignment().getWave().getId()).get(number - 1);
  }

  public FeedbackRound round(long roundId) {
    FeedbackRound round = em.find(FeedbackRound.class, roundId);
    if (round == null) {
      throw new NotVisibleException("Round " + roundId);
    }
    return round;
  }

  /** The rounds of a wave with their release counts; for the CRT. */
  @Transactional
  public List<RoundView> views(UserAccount account, long waveId) {
    requireCrt(account);
    List<FeedbackRound> rounds = roundsOf(waveId);
    long enrolled =
        em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.wave.id = :w", Long.class)
            .setParameter("w", waveId)
            .getSingleResult();
    List<RoundView> views = new ArrayList<>();
    LocalDate today = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
    for (FeedbackRound r : rounds) {
      long released =
          em.createQuery("SELECT COUNT(x) FROM RoundRelease x WHERE x.round.id = :r", Long.class)
              .setParameter("r", r.getId())
              .getSingleResult();
      views.add(
          new RoundView(
              r.getId(),
              waveId,
              r.getWave().getName(),
              r.getNumber(),
              r.getAssignmentKind().name(),
              r.getOpensOn(),
              r.getClosesOn(),
              r.getReleaseOn(),
              r.isCurrent(today),
              released,
              enrolled));
    }
    return views;
  }

  /** The coordinator plans a round's dates. */
  @Transactional
  public void plan(
      UserAccount account, long roundId, LocalDate opens, LocalDate closes, LocalDate release) {
    requireCoordinator(account);
    FeedbackRound round = round(roundId);
    if (opens != null && closes != null && closes.isBefore(opens)) {
      throw new InvalidInputException("rounds.invalid.closesBeforeOpens");
    }
    if (release != null && opens != null && release.isBefore(opens)) {
      throw new InvalidInputException("rounds.invalid.releaseBeforeOpens");
    }
    round.plan(opens, closes, release);
    audit.record(
        account.getUsername(),
        "ROUND_PLANNED",
        "FeedbackRound",
        roundId,
        "opens " + opens + ", closes " + closes + ", release " + release);
  }

  /** Whether the round's feedback is released to the municipality. */
  public boolean isReleased(long roundId, long municipalityId) {
    return !em.createQuery(
            "SELECT x.id FROM RoundRelease x WHERE x.round.id = :r AND x.municipality.id = :m",
            Long.class)
        .setParameter("r", roundId)
        .setParameter("m", municipalityId)
        .getResultList()
        .isEmpty();
  }

  /** The release of a round to a municipality, or null. */
  public RoundRelease release(long roundId, long municipalityId) {
    return em.createQuery(
            "SELECT x FROM RoundRelease x WHERE x.round.id = :r AND x.municipality.id = :m",
            RoundRelease.class)
        .setParameter("r", roundId)
        .setParameter("m", municipalityId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Every municipality with its reviewers; for the coordinator. */
  public List<ReviewerRow> reviewerRows(UserAccount account) {
    requireCoordinator(account);
    Map<Long, List<String>> byMunicipality = new LinkedHashMap<>();
    em.createQuery(
            "SELECT r.municipality.id, r.reviewer.username FROM ReviewerAssignment r ORDER BY r.reviewer.username",
            Object[].class)
        .getResultList()
        .forEach(
            row ->
                byMunicipality
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add((String) row[1]));
    return em
        .createQuery("SELECT m FROM Municipality m ORDER BY m.name", Municipality.class)
        .getResultList()
        .stream()
        .map(
            m ->
                new ReviewerRow(
                    m.getId(),
                    m.getName(),
                    m.getProvince().label(),
                    byMunicipality.getOrDefault(m.getId(), List.of())))
        .toList();
  }

  /** The accounts that can be assigned as reviewers. */
  public List<Reviewer> reviewers() {
    return em
        .createQuery(
            "SELECT u FROM UserAccount u WHERE u.role = :role AND u.enabled = TRUE ORDER BY u.displayName",
            UserAccount.class)
        .setParameter("role", Role.REVIEWER)
        .getResultList()
        .stream()
        .map(u -> new Reviewer(u.getUsername(), u.getDisplayName()))
        .toList();
  }

  /**
   * The coordinator sets who reviews a municipality (replacing earlier choices).
   *
   * @throws InvalidInputException a username that is not an active reviewer
   */
  @Transactional
  public void assignReviewers(UserAccount account, long municipalityId, List<String> usernames) {
    requireCoordinator(account);
    // The municipality's row first: two coordinators setting the same municipality's reviewers
    // take turns instead of deleting and inserting into each other's gaps.
    Municipality municipality =
        em.find(
            Municipality.class, municipalityId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (municipality == null) {
      throw new NotVisibleException("Municipality " + municipalityId);
    }
    List<UserAccount> chosen = new ArrayList<>();
    for (String username : Set.copyOf(usernames)) {
      UserAccount reviewer =
          em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
              .setParameter("u", username)
              .getResultStream()
              .findFirst()
              .filter(u -> u.getRole() == Role.REVIEWER && u.isEnabled())
              .orElseThrow(() -> new InvalidInputException("rounds.invalid.reviewer", username));
      chosen.add(reviewer);
    }
    em.createQuery("DELETE FROM ReviewerAssignment r WHERE r.municipality.id = :m")
        .setParameter("m", municipalityId)
        .executeUpdate();
    for (UserAccount reviewer : chosen) {
      em.persist(new ReviewerAssignment(reviewer, municipality));
    }
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        "REVIEWERS_ASSIGNED",
        "Municipality",
        municipalityId,
        chosen.stream().map(UserAccount::getUsername).sorted().collect(Collectors.joining(", ")));
  }

  static void requireCrt(UserAccount account) {
    if (account.getRole() != Role.REVIEWER && account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only the CRT works with feedback rounds");
    }
  }

  static void requireCoordinator(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator plans rounds and assigns reviewers");
    }
  }
}

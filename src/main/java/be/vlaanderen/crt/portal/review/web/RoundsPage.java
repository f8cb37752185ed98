package be.vlaanderen.crt.portal.review.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.programme.Waves.WaveSummary;
import be.vlaanderen.crt.portal.review.RoundReleases;
import be.vlaanderen.crt.portal.review.Rounds;
import be.vlaanderen.crt.portal.review.Rounds.Reviewer;
import be.vlaanderen.crt.portal.review.Rounds.ReviewerRow;
import be.vlaanderen.crt.portal.review.Rounds.RoundView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /review/rounds.xhtml} (coordinators): the three feedback rounds of a wave with their dates
 * and release, and who reviews which municipality.
 */
@Named
@ViewScoped
public class RoundsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject Rounds rounds;

  @Inject RoundReleases releases;

  @Inject be.vlaanderen.crt.portal.programme.Waves waveList;

  private List<WaveSummary> waves = List.of();
  private Long wave;
  private List<RoundView> roundViews = List.of();
  private final Map<Long, LocalDate[]> dates = new HashMap<>();
  private List<ReviewerRow> reviewerRows = List.of();
  private final Map<Long, List<String>> chosen = new HashMap<>();
  private List<Reviewer> reviewers = List.of();

  @PostConstruct
  void load() {
    waves = waveList.list(currentUser.account());
    if (!waves.isEmpty()) {
      wave = waves.get(0).id();
    }
    reviewers = rounds.reviewers();
    refresh();
  }

  public void refresh() {
    if (wave != null) {
      roundViews = rounds.views(currentUser.account(), wave);
      dates.clear();
      for (RoundView r : roundViews) {
        dates.put(r.id(), new LocalDate[] {r.opensOn(), r.closesOn(), r.releaseOn()});
      }
    }
    reviewerRows = rounds.reviewerRows(currentUser.account());
    chosen.clear();
    for (ReviewerRow row : reviewerRows) {
      chosen.put(row.municipalityId(), new ArrayList<>(row.reviewers()));
    }
  }

  public void savePlan(long roundId) {
    LocalDate[] d = dates.get(roundId);
    rounds.plan(currentUser.account(), roundId, d[0], d[1], d[2]);
    info(Messages.get(locale(), "rounds.saved"));
    refresh();
  }

  public void releaseWave(long roundId) {
    var result = releases.releaseWave(currentUser.account(), roundId);
    info(Messages.get(locale(), "rounds.releasedWave", result.municipalities(), result.remarks()));
    refresh();
  }

  public void saveReviewers(long municipalityId) {
    rounds.assignReviewers(
        currentUser.account(), municipalityId, chosen.getOrDefault(municipalityId, List.of()));
    info(Messages.get(locale(), "rounds.reviewersSaved"));
    refresh();
  }

  public List<WaveSummary> getWaves() {
    return waves;
  }

  public Long getWave() {
    return wave;
  }

  public void setWave(Long wave) {
    this.wave = wave;
  }

  public List<RoundView> getRoundViews() {
    return roundViews;
  }

  public Map<Long, LocalDate[]> getDates() {
    return dates;
  }

  public List<ReviewerRow> getReviewerRows() {
    return reviewerRows;
  }

  public Map<Long, List<String>> getChosen() {
    return chosen;
  }

  public List<Reviewer> getReviewers() {
    return reviewers;
  }
}

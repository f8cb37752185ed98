package be.vlaanderen.crt.portal.review.web;

import be.vlaanderen.crt.portal.review.ReviewWorklist;
import be.vlaanderen.crt.portal.review.ReviewWorklist.Row;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /review/worklist.xhtml}: what waits for the reviewer, filterable by wave, round and
 * status. By default only what waits, and only the current round when one is open.
 */
@Named
@ViewScoped
public class ReviewWorklistPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject ReviewWorklist worklist;

  private List<Row> all = List.of();
  private List<Row> rows = List.of();
  private String wave = "";
  private String round = "";
  private String status = "WAITING";

  @PostConstruct
  void load() {
    all = worklist.rows(currentUser.account());
    if (all.stream().anyMatch(Row::currentRound)) {
      round = "CURRENT";
    }
    filter();
  }

  public void filter() {
    rows =
        all.stream()
            .filter(r -> wave.isEmpty() || r.wave().equals(wave))
            .filter(
                r ->
                    round.isEmpty()
                        || ("CURRENT".equals(round)
                            ? r.currentRound()
                            : String.valueOf(r.round()).equals(round)))
            .filter(
                r ->
                    status.isEmpty()
                        || ("WAITING".equals(status)
                            ? r.isWaiting()
                            : r.status().name().equals(status)))
            .toList();
  }

  public List<String> getWaves() {
    return all.stream().map(Row::wave).distinct().sorted().toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public int getTotal() {
    return all.size();
  }

  public long getWaitingCount() {
    return all.stream().filter(Row::isWaiting).count();
  }

  public String getWave() {
    return wave;
  }

  public void setWave(String wave) {
    this.wave = wave == null ? "" : wave;
  }

  public String getRound() {
    return round;
  }

  public void setRound(String round) {
    this.round = round == null ? "" : round;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }
}

package be.vlaanderen.crt.portal.lesson.web;

import be.vlaanderen.crt.portal.lesson.LessonResponses;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.PageAccess;
import be.vlaanderen.crt.portal.platform.PageFeedback;
import be.vlaanderen.crt.portal.programme.WorkshopFeedback;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /programme/feedback.xhtml?wave=} — the fifth workshop's questionnaire: a participating
 * municipality rates the workshops, says what helped and what was missing, gives recommendations,
 * and confirms or comments on the lessons approved for publication; the CRT and the steering
 * committee read the results.
 */
@Named
@ViewScoped
public class FeedbackPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject WorkshopFeedback feedback;

  @Inject LessonResponses responses;

  private Long wave;
  private WorkshopFeedback.Form form;
  private WorkshopFeedback.Results results;
  private List<LessonResponses.ForParticipant> lessons = List.of();
  private List<LessonResponses.Summary> summaries = List.of();

  private Integer rating1;
  private Integer rating2;
  private Integer rating3;
  private Integer rating4;
  private Integer rating5;
  private String helped;
  private String missing;
  private String recommendations;
  private Map<Long, String> comments = new HashMap<>();

  /** View action: a participant of the wave, or the CRT and the steering committee; 404 else. */
  public void load() {
    PageAccess.load(
        () -> {
          if (wave == null) {
            throw new NotVisibleException("No wave");
          }
          refresh();
        });
  }

  private void refresh() {
    if (isParticipant()) {
      form = feedback.form(currentUser.account(), wave);
      lessons = form.open() ? responses.forParticipant(currentUser.account()) : List.of();
      comments = new HashMap<>();
      lessons.forEach(l -> comments.put(l.lessonId(), l.comment()));
      if (form.mine() != null) {
        List<Integer> r = form.mine().ratings();
        rating1 = r.get(0);
        rating2 = r.get(1);
        rating3 = r.get(2);
        rating4 = r.get(3);
        rating5 = r.get(4);
        helped = form.mine().helped();
        missing = form.mine().missing();
        recommendations = form.mine().recommendations();
      }
    } else {
      results = feedback.results(currentUser.account(), wave);
      summaries = responses.summaries(currentUser.account());
    }
  }

  public void save() {
    List<Integer> ratings = new ArrayList<>();
    ratings.add(rating1);
    ratings.add(rating2);
    ratings.add(rating3);
    ratings.add(rating4);
    ratings.add(rating5);
    feedback.submit(
        currentUser.account(),
        wave,
        new WorkshopFeedback.Answers(ratings, helped, missing, recommendations));
    PageFeedback.info(Messages.get(PageFeedback.locale(), "feedback.saved"));
    refresh();
  }

  public void confirm(long lessonId) {
    respond(lessonId, "CONFIRMED", null);
  }

  public void comment(long lessonId) {
    respond(lessonId, "COMMENTED", comments.get(lessonId));
  }

  private void respond(long lessonId, String verdict, String text) {
    responses.respond(currentUser.account(), lessonId, verdict, text);
    PageFeedback.info(
        Messages.get(
            PageFeedback.locale(),
            "CONFIRMED".equals(verdict) ? "lessonResponse.confirmed" : "lessonResponse.commented"));
    refresh();
  }

  public boolean isParticipant() {
    return currentUser.account().getRole() == Role.MUNICIPALITY;
  }

  /** The title of workshop {@code n} (1-5), or "Workshop n" while it is not planned. */
  public String title(int n) {
    if (form != null) {
      for (var w : form.workshops()) {
        if (w.number() == n) {
          return n + ". " + w.title();
        }
      }
    }
    return Messages.get(PageFeedback.locale(), "feedback.workshop", n);
  }

  public Long getWave() {
    return wave;
  }

  public void setWave(Long wave) {
    this.wave = wave;
  }

  public WorkshopFeedback.Form getForm() {
    return form;
  }

  public WorkshopFeedback.Results getResults() {
    return results;
  }

  public List<LessonResponses.ForParticipant> getLessons() {
    return lessons;
  }

  public List<LessonResponses.Summary> getSummaries() {
    return summaries;
  }

  public Map<Long, String> getComments() {
    return comments;
  }

  public Integer getRating1() {
    return rating1;
  }

  public void setRating1(Integer rating1) {
    this.rating1 = rating1;
  }

  public Integer getRating2() {
    return rating2;
  }

  public void setRating2(Integer rating2) {
    this.rating2 = rating2;
  }

  public Integer getRating3() {
    return rating3;
  }

  public void setRating3(Integer rating3) {
    this.rating3 = rating3;
  }

  public Integer getRating4() {
    return rating4;
  }

  public void setRating4(Integer rating4) {
    this.rating4 = rating4;
  }

  public Integer getRating5() {
    return rating5;
  }

  public void setRating5(Integer rating5) {
    this.rating5 = rating5;
  }

  public String getHelped() {
    return helped;
  }

  public void setHelped(String helped) {
    this.helped = helped;
  }

  public String getMissing() {
    return missing;
  }

  public void setMissing(String missing) {
    this.missing = missing;
  }

  public String getRecommendations() {
    return recommendations;
  }

  public void setRecommendations(String recommendations) {
    this.recommendations = recommendations;
  }
}

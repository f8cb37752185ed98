package be.vlaanderen.crt.portal.review.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.platform.IdParameter;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.review.GroupFeedbackService;
import be.vlaanderen.crt.portal.review.GroupFeedbackService.Overview;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code /review/group.xhtml?round=…}: the round's remarks across the wave by theme and kind, the
 * coordinator's general feedback, its DOCX export and lesson-learned drafts.
 */
@Named
@ViewScoped
public class GroupPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject GroupFeedbackService group;

  private Long roundId;
  private Overview overview;
  private String feedback;
  private List<Lesson> drafts = List.of();

  public void load() throws IOException {
    IdParameter.required(roundId, "Round");
    refresh();
  }

  private void refresh() {
    overview = group.overview(currentUser.account(), roundId);
    feedback = overview.feedback();
    drafts = group.drafts(roundId);
  }

  public void save() {
    group.saveFeedback(currentUser.account(), roundId, feedback);
    info(Messages.get(locale(), "group.saved"));
    refresh();
  }

  public void promoteRemark(long remarkId) {
    long id = group.promoteRemark(currentUser.account(), remarkId, locale());
    info(Messages.get(locale(), "group.promoted", id));
    refresh();
  }

  public void promoteTheme(String theme) {
    long id = group.promoteTheme(currentUser.account(), roundId, Theme.valueOf(theme), locale());
    info(Messages.get(locale(), "group.promoted", id));
    refresh();
  }

  public StreamedContent getDocx() {
    byte[] bytes = group.docx(currentUser.account(), roundId, locale());
    return DefaultStreamedContent.builder()
        .name("groepsfeedback-ronde-" + overview.round() + ".docx")
        .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public boolean isCoordinator() {
    return currentUser.account().getRole() == Role.COORDINATOR;
  }

  public Long getRound() {
    return roundId;
  }

  public void setRound(Long round) {
    this.roundId = round;
  }

  public Overview getOverview() {
    return overview;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public List<Lesson> getDrafts() {
    return drafts;
  }
}

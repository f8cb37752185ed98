package be.vlaanderen.crt.portal.toolkit.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.selfevaluation.Question;
import be.vlaanderen.crt.portal.toolkit.SelfCheck;
import be.vlaanderen.crt.portal.toolkit.SelfCheck.ThemeScore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /toolkit/zelftest.xhtml}: the anonymous self-check; {@code ?r=…} shows a saved result.
 * Request-scoped on a stateless view: every click sends all ten answers, so nothing is kept on the
 * server between clicks (no session for an anonymous visitor).
 */
@Named
@RequestScoped
public class SelfCheckPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SelfCheck selfCheck;

  @Inject be.vlaanderen.crt.portal.platform.PublicUrl publicUrl;

  private String token;
  private List<Question> questions;
  private final Integer[] answers = new Integer[10];
  private List<ThemeScore> result;
  private String link;

  public void load() {
    questions = selfCheck.questions();
    if (token != null && !token.isBlank() && result == null) {
      try {
        int[] saved = selfCheck.load(token.strip());
        for (int i = 0; i < saved.length; i++) {
          answers[i] = saved[i];
        }
        result = selfCheck.score(saved);
        link = linkFor(token.strip());
      } catch (NotVisibleException e) {
        FacesContext.getCurrentInstance()
            .addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_WARN,
                    Messages.get(locale(), "selfcheck.unknownLink"),
                    ""));
      }
    }
  }

  public void evaluate() {
    try {
      result = selfCheck.score(values());
      link = null;
    } catch (InvalidInputException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale()), ""));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void keep() {
    try {
      int[] values = values();
      result = selfCheck.score(values);
      link = linkFor(selfCheck.save(values));
    } catch (InvalidInputException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale()), ""));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  private int[] values() {
    int[] values = new int[answers.length];
    for (int i = 0; i < answers.length; i++) {
      if (answers[i] == null) {
        throw new InvalidInputException("selfcheck.invalid.unanswered", i + 1);
      }
      values[i] = answers[i];
    }
    return values;
  }

  private String linkFor(String token) {
    return publicUrl.of("toolkit/zelftest.xhtml?r=" + token);
  }

  public List<Question> getQuestions() {
    if (questions == null) {
      questions = selfCheck.questions(); // also on a postback, where no view action runs
    }
    return questions;
  }

  public Integer[] getAnswers() {
    return answers;
  }

  public List<ThemeScore> getResult() {
    return result;
  }

  public String getLink() {
    return link;
  }

  public String getR() {
    return token;
  }

  public void setR(String r) {
    this.token = r;
  }
}

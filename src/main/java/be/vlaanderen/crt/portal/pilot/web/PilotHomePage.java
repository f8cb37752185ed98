package be.vlaanderen.crt.portal.pilot.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.error;
import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.pilot.PilotSelection.ApplicationView;
import be.vlaanderen.crt.portal.pilot.PilotSelection.CallView;
import be.vlaanderen.crt.portal.pilot.register.EvaluationMoment;
import be.vlaanderen.crt.portal.pilot.register.PilotRegister;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /pilot/index.xhtml}: the pilot's start page. A municipality signs up here during the
 * window, sees the outcome and its group, and fills the evaluation; the CRT and the steering
 * committee find their way to selection, dossiers, register and KPIs.
 */
@Named
@ViewScoped
public class PilotHomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject PilotSelection selection;

  @Inject PilotRegister register;

  private CallView call;
  private ApplicationView application;
  private PilotRegister.EvaluationView evaluation;
  private java.util.Map<EvaluationMoment, PilotRegister.EvaluationView> evaluations =
      java.util.Map.of();
  private EvaluationMoment openMoment;

  // sign-up form
  private String applications;
  private Integer population;
  private Integer maturity;
  private boolean auditCofinanced;
  private boolean ethicalHacking;
  private String contacts;

  // evaluation form
  private Integer satisfaction;
  private Integer eagerness;
  private String comments;

  @PostConstruct
  void load() {
    call = selection.callView();
    application = selection.myApplication(currentUser.account());
    if (application != null) {
      applications = application.applications();
      population = application.population();
      maturity = application.maturity();
      auditCofinanced = application.auditCofinanced();
      ethicalHacking = application.ethicalHacking();
      contacts = application.contacts();
    } else if (currentUser.account().getMunicipality() != null) {
      population = currentUser.account().getMunicipality().getPopulation();
    }
    loadEvaluations();
    if (evaluation != null) {
      satisfaction = evaluation.satisfaction();
      eagerness = evaluation.eagerness();
      comments = evaluation.comments();
    }
  }

  private void loadEvaluations() {
    evaluations = register.myEvaluations(currentUser.account());
    openMoment =
        isSelected() ? register.openMoment(currentUser.account().getMunicipality().getId()) : null;
    evaluation = openMoment == null ? null : evaluations.get(openMoment);
  }

  public void signUp() {
    try {
      boolean first = application == null;
      application =
          selection.apply(
              currentUser.account(),
              new PilotSelection.SignUp(
                  applications,
                  be.vlaanderen.crt.portal.platform.WholeNumbers.from(population),
                  be.vlaanderen.crt.portal.platform.WholeNumbers.from(maturity),
                  auditCofinanced,
                  ethicalHacking,
                  contacts));
      info(Messages.get(locale(), first ? "pilot.home.applied" : "pilot.home.applicationChanged"));
    } catch (InvalidInputException e) {
      // also ConflictException: the window closed or the selection was confirmed meanwhile
      error(e.message(locale()));
    }
  }

  public void evaluate() {
    register.evaluate(
        currentUser.account(),
        new PilotRegister.EvaluationInput(
            be.vlaanderen.crt.portal.platform.WholeNumbers.from(satisfaction),
            openMoment == EvaluationMoment.AFTER
                ? be.vlaanderen.crt.portal.platform.WholeNumbers.from(eagerness)
                : null,
            comments,
            openMoment == null ? null : openMoment.name()));
    loadEvaluations();
    info(Messages.get(locale(), "pilot.home.evaluated"));
  }

  public boolean isMunicipality() {
    return currentUser.account().getRole() == Role.MUNICIPALITY;
  }

  public boolean isCoordinator() {
    return currentUser.account().getRole() == Role.COORDINATOR;
  }

  public boolean isSteering() {
    return currentUser.account().getRole() == Role.STEERING;
  }

  /** The evaluation comes after the first integration in production. */
  public boolean isLive() {
    return isSelected() && register.live(currentUser.account().getMunicipality().getId());
  }

  public boolean isSelected() {
    return application != null
        && application.decision() == be.vlaanderen.crt.portal.pilot.Decision.SELECTED;
  }

  /** The sign-up form is shown while the window is open and nothing is confirmed. */
  public boolean isSignUpOpen() {
    return isMunicipality() && call.open() && call.confirmedAt() == null;
  }

  public CallView getCall() {
    return call;
  }

  public ApplicationView getApplication() {
    return application;
  }

  public PilotRegister.EvaluationView getEvaluation() {
    return evaluation;
  }

  /** The moment the form is for now (null when the municipality is not in the pilot). */
  public EvaluationMoment getOpenMoment() {
    return openMoment;
  }

  /** The answers given at earlier moments, read-only. */
  public java.util.List<PilotRegister.EvaluationView> getEarlierEvaluations() {
    return evaluations.values().stream().filter(e -> e.moment() != openMoment).toList();
  }

  public String getApplications() {
    return applications;
  }

  public void setApplications(String applications) {
    this.applications = applications;
  }

  public Integer getPopulation() {
    return population;
  }

  public void setPopulation(Integer population) {
    this.population = population;
  }

  public Integer getMaturity() {
    return maturity;
  }

  public void setMaturity(Integer maturity) {
    this.maturity = maturity;
  }

  public boolean isAuditCofinanced() {
    return auditCofinanced;
  }

  public void setAuditCofinanced(boolean auditCofinanced) {
    this.auditCofinanced = auditCofinanced;
  }

  public boolean isEthicalHacking() {
    return ethicalHacking;
  }

  public void setEthicalHacking(boolean ethicalHacking) {
    this.ethicalHacking = ethicalHacking;
  }

  public String getContacts() {
    return contacts;
  }

  public void setContacts(String contacts) {
    this.contacts = contacts;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Integer satisfaction) {
    this.satisfaction = satisfaction;
  }

  public Integer getEagerness() {
    return eagerness;
  }

  public void setEagerness(Integer eagerness) {
    this.eagerness = eagerness;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }
}

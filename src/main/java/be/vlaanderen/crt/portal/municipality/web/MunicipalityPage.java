package be.vlaanderen.crt.portal.municipality.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.municipality.MunicipalityService;
import be.vlaanderen.crt.portal.municipality.MunicipalityService.Detail;
import be.vlaanderen.crt.portal.platform.IdParameter;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** {@code /municipality/detail.xhtml?id=…}: one municipality for the coordinator. */
@Named
@ViewScoped
public class MunicipalityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject MunicipalityService municipalities;

  private Long id;
  private Detail detail;
  private java.util.Map<String, String> testCases = java.util.Map.of();
  private boolean goodPractice;
  private String note;
  private String nisCode;

  public void load() throws IOException {
    IdParameter.required(id, "Municipality");
    refresh();
  }

  private void refresh() {
    detail = municipalities.detail(currentUser.account(), id);
    testCases = municipalities.testCaseTitles();
    goodPractice = detail.goodPractice();
    note = detail.goodPracticeNote();
    nisCode = detail.nisCode();
  }

  public void saveNisCode() {
    save(
        () -> municipalities.recordNisCode(currentUser.account(), detail.id(), nisCode),
        "municipality.nis.saved");
  }

  public String getNisCode() {
    return nisCode;
  }

  public void setNisCode(String nisCode) {
    this.nisCode = nisCode;
  }

  public void saveGoodPractice() {
    save(
        () ->
            municipalities.markGoodPractice(currentUser.account(), detail.id(), goodPractice, note),
        "municipality.saved");
  }

  /** Runs a change, shows the page again with {@code savedKey}'s message, or the refusal. */
  private void save(Runnable change, String savedKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      change.run();
      refresh();
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(locale(), savedKey), null));
    } catch (InvalidInputException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale()), null));
    }
  }

  public void reinvite(String username) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      municipalities.reinvite(currentUser.account(), detail.id(), username);
      refresh();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              Messages.get(locale(), "municipality.reinvited", username),
              null));
    } catch (InvalidInputException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale()), null));
    }
  }

  public String format(String key, Object argument) {
    return Messages.get(locale(), key, argument);
  }

  /** The audit action in words. */
  public String action(String code) {
    return TrailWording.action(code, locale());
  }

  /**
   * The audit detail in words; for the steering committee only what it may know (that something
   * happened, status changes), never remark categories, file names or notes.
   */
  public String detail(MunicipalityService.TrailEntry entry) {
    return TrailWording.detail(
        entry.action(),
        entry.detail(),
        currentUser.account().getRole() == be.vlaanderen.crt.portal.security.Role.STEERING,
        locale(),
        testCases);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Detail getDetail() {
    return detail;
  }

  public boolean isGoodPractice() {
    return goodPractice;
  }

  public void setGoodPractice(boolean goodPractice) {
    this.goodPractice = goodPractice;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}

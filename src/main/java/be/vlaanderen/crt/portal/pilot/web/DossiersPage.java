package be.vlaanderen.crt.portal.pilot.web;

import be.vlaanderen.crt.portal.pilot.dossier.Dossiers;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers.DossierRow;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.PageFeedback;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /pilot/dossiers.xhtml?succeeded=ACM_TI&group=2}: the dossiers the user may see, with their
 * status on the four environments; the KPI tiles link here with their filter.
 */
@Named
@ViewScoped
public class DossiersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject Dossiers dossiers;

  private String succeeded;
  private Integer group;
  private List<DossierRow> rows;

  /** After the view parameters are set. */
  public void load() {
    try {
      rows = dossiers.list(currentUser.account(), succeeded, group, null);
    } catch (InvalidInputException e) {
      PageFeedback.error(e.message(PageFeedback.locale()));
      succeeded = null;
      rows = dossiers.list(currentUser.account(), null, group, null);
    }
  }

  public List<DossierRow> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  public boolean isMayCreate() {
    Role role = currentUser.account().getRole();
    return role != Role.STEERING;
  }

  public boolean isMayOpen() {
    return currentUser.account().getRole() != Role.STEERING;
  }

  public String getSucceeded() {
    return succeeded;
  }

  public void setSucceeded(String succeeded) {
    this.succeeded = succeeded == null || succeeded.isBlank() ? null : succeeded;
  }

  public Integer getGroup() {
    return group;
  }

  public void setGroup(Integer group) {
    this.group = group;
  }

  public String getGroupText() {
    return group == null ? null : group.toString();
  }

  /** The view parameter: a group number; anything else shows all dossiers. */
  public void setGroupText(String text) {
    try {
      this.group = text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      this.group = null;
    }
  }
}

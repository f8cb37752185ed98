package be.vlaanderen.crt.portal.lesson.web;

import be.vlaanderen.crt.portal.documents.UploadRefusedException;
import be.vlaanderen.crt.portal.lesson.ResourceType;
import be.vlaanderen.crt.portal.lesson.ToolkitResource;
import be.vlaanderen.crt.portal.lesson.ToolkitResources;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /lessons/resources.xhtml}: the toolkit's templates, checklists and good-practice
 * documents; coordinators add them (stored and checked like every document, text extracted for the
 * search).
 */
@Named
@ViewScoped
public class ResourcesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject ToolkitResources resources;

  private String title;
  private String description;
  private ResourceType type = ResourceType.TEMPLATE;
  private List<String> themes = new ArrayList<>();

  /** The chosen file: a native file input (keyboard and screen reader as the browser offers). */
  private transient jakarta.servlet.http.Part file;

  public List<ToolkitResource> getAll() {
    return resources.all();
  }

  public void add() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    if (file == null || file.getSize() == 0) {
      error(faces, Messages.get(locale, "resources.noFile"));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      ToolkitResource added =
          resources.add(
              currentUser.account(),
              title,
              description,
              type,
              themes,
              file.getSubmittedFileName(),
              in);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              Messages.get(locale, "resources.added", added.getTitle()),
              ""));
      title = null;
      description = null;
      themes = new ArrayList<>();
    } catch (UploadRefusedException e) {
      error(faces, e.message(locale));
    } catch (InvalidInputException e) {
      error(faces, e.message(locale));
    } catch (NotPermittedException e) {
      error(faces, Messages.get(locale, "error.forbidden"));
    } catch (StorageUnavailableException e) {
      error(faces, Messages.get(locale, "error.storageUnavailable"));
    } catch (IOException e) {
      error(faces, Messages.get(locale, "upload.interrupted"));
    }
  }

  private static void error(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
    faces.validationFailed();
  }

  public ResourceType[] getTypes() {
    return ResourceType.values();
  }

  public Theme[] getAllThemes() {
    return Theme.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ResourceType getType() {
    return type;
  }

  public void setType(ResourceType type) {
    this.type = type;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes;
  }

  public jakarta.servlet.http.Part getFile() {
    return file;
  }

  public void setFile(jakarta.servlet.http.Part file) {
    this.file = file;
  }
}

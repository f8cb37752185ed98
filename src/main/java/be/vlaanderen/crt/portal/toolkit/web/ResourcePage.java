package be.vlaanderen.crt.portal.toolkit.web;

import be.vlaanderen.crt.portal.lesson.ToolkitResource;
import be.vlaanderen.crt.portal.lesson.ToolkitResources;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** {@code /toolkit/hulpmiddel.xhtml?id=…}: a toolkit resource with its download. */
@Named
@RequestScoped
public class ResourcePage {

  @Inject ToolkitResources resources;

  private String id;
  private ToolkitResource resource;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (id == null || !id.matches("\\d{1,18}")) {
        throw new NotVisibleException("Resource");
      }
      resource = resources.published(Long.parseLong(id));
    } catch (NotVisibleException e) {
      be.vlaanderen.crt.portal.platform.PageAccess.notFound();
    }
  }

  /** The first paragraphs of the extracted text, as a preview. */
  public String getPreview() {
    String text = resource.getTextContent() == null ? "" : resource.getTextContent();
    return text.length() <= 1500 ? text : text.substring(0, 1499) + "\u2026";
  }

  public ToolkitResource getResource() {
    return resource;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}

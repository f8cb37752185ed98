package be.vlaanderen.crt.portal.toolkit.web;

import be.vlaanderen.crt.portal.lesson.ToolkitResource;
import be.vlaanderen.crt.portal.lesson.ToolkitResources;
import be.vlaanderen.crt.portal.platform.IdParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** {@code /toolkit/hulpmiddel.xhtml?id=…}: a toolkit resource with its download. */
@Named
@RequestScoped
public class ResourcePage {

  @Inject ToolkitResources resources;

  private Long id;
  private ToolkitResource resource;

  public void load() throws IOException {
    resource = resources.published(IdParameter.required(id, "Resource"));
  }

  /** The first paragraphs of the extracted text, as a preview. */
  public String getPreview() {
    String text = resource.getTextContent() == null ? "" : resource.getTextContent();
    return text.length() <= 1500 ? text : text.substring(0, 1499) + "\u2026";
  }

  public ToolkitResource getResource() {
    return resource;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}

package be.vlaanderen.crt.portal.toolkit.web;

import be.vlaanderen.crt.portal.toolkit.Handbook;
import be.vlaanderen.crt.portal.toolkit.Handbook.Chapter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /toolkit/handboek.xhtml}: the handbook as an accessible web page (headings per theme and
 * item, a table of contents with links), the same content as the PDF. Public, like the toolkit.
 */
@Named
@RequestScoped
public class HandbookPage {

  @Inject Handbook handbook;

  private List<Chapter> chapters;

  public List<Chapter> getChapters() {
    if (chapters == null) {
      chapters = handbook.chapters();
    }
    return chapters;
  }
}

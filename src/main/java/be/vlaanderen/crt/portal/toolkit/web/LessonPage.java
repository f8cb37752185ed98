package be.vlaanderen.crt.portal.toolkit.web;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonService;
import be.vlaanderen.crt.portal.lesson.LightMarkup;
import be.vlaanderen.crt.portal.platform.IdParameter;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.search.IndexedDoc;
import be.vlaanderen.crt.portal.search.SearchChanges;
import be.vlaanderen.crt.portal.search.Searches.Hit;
import be.vlaanderen.crt.portal.toolkit.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** {@code /toolkit/les.xhtml?id=…}: a published lesson with related lessons; a stable URL. */
@Named
@RequestScoped
public class LessonPage {

  @Inject LessonService lessons;

  @Inject SearchService search;

  @Inject be.vlaanderen.crt.portal.lesson.ToolkitResources resources;

  private List<be.vlaanderen.crt.portal.lesson.ToolkitResource> relatedResources = List.of();

  private Long id;
  private Lesson lesson;
  private List<Hit> related = List.of();

  public void load() throws IOException {
    lesson = lessons.published(IdParameter.required(id, "Lesson"));
    related = search.related(IndexedDoc.uid(SearchChanges.LESSON, lesson.getId()), 4);
    relatedResources =
        lesson.relatedResourceIds().stream()
            .map(
                rid -> {
                  try {
                    return resources.published(rid);
                  } catch (NotVisibleException gone) {
                    return null;
                  }
                })
            .filter(java.util.Objects::nonNull)
            .toList();
  }

  public String getBodyHtml() {
    return LightMarkup.html(lesson.getBody());
  }

  public Lesson getLesson() {
    return lesson;
  }

  public List<be.vlaanderen.crt.portal.lesson.ToolkitResource> getRelatedResources() {
    return relatedResources;
  }

  public List<Hit> getRelated() {
    return related;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}

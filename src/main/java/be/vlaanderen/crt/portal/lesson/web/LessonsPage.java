package be.vlaanderen.crt.portal.lesson.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.error;
import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;
import static be.vlaanderen.crt.portal.platform.PageFeedback.warn;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonService;
import be.vlaanderen.crt.portal.lesson.LessonService.Draft;
import be.vlaanderen.crt.portal.lesson.LessonService.Saved;
import be.vlaanderen.crt.portal.lesson.LessonStatus;
import be.vlaanderen.crt.portal.lesson.LightMarkup;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /lessons/index.xhtml} (CRT): lessons learned with their status; write, edit (each save a
 * new version), and for coordinators approve, publish and retire. Warns when a text still names a
 * municipality.
 */
@Named
@ViewScoped
public class LessonsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject LessonService lessons;

  private List<Lesson> all = List.of();
  private String statusFilter = "";
  private Long editing;
  private long editingVersion;
  private String title;
  private String summary;
  private String body;
  private List<String> themes = new ArrayList<>();
  private String source;
  private List<Long> resources = new ArrayList<>();

  @Inject be.vlaanderen.crt.portal.lesson.ToolkitResources toolkitResources;

  @PostConstruct
  void load() {
    all = lessons.all(currentUser.account());
  }

  public List<Lesson> getRows() {
    return statusFilter.isEmpty()
        ? all
        : all.stream().filter(l -> l.getStatus().name().equals(statusFilter)).toList();
  }

  public void startNew() {
    editing = 0L;
    title = null;
    summary = null;
    body = null;
    themes = new ArrayList<>();
    source = null;
    resources = new ArrayList<>();
  }

  public void edit(Lesson lesson) {
    editing = lesson.getId();
    editingVersion = lesson.getRowVersion();
    title = lesson.getTitle();
    summary = lesson.getSummary();
    body = lesson.getBody();
    themes = new ArrayList<>(lesson.themeList());
    source = lesson.getSourceLabel();
    resources = new ArrayList<>(lesson.relatedResourceIds());
  }

  public void cancel() {
    editing = null;
  }

  public void save() {
    try {
      Draft draft = new Draft(title, summary, body, themes, source, resources);
      Saved saved =
          editing == null || editing == 0L
              ? lessons.create(currentUser.account(), draft, null)
              : lessons.edit(currentUser.account(), editing, draft, editingVersion);
      info(Messages.get(locale(), "lessons.saved", saved.lesson().getVersion()));
      if (!saved.municipalityNames().isEmpty()) {
        warn(
            Messages.get(
                locale(), "lessons.namesFound", String.join(", ", saved.municipalityNames())));
      }
      editing = saved.lesson().getId();
      editingVersion = saved.lesson().getRowVersion();
      load();
    } catch (InvalidInputException e) {
      error(e.message(locale()));
    } catch (NotPermittedException e) {
      error(Messages.get(locale(), "error.forbidden"));
    }
  }

  public void move(Lesson lesson, String next) {
    lessons.move(currentUser.account(), lesson.getId(), LessonStatus.valueOf(next));
    info(Messages.get(locale(), "lessons.moved." + next, lesson.getTitle()));
    load();
  }

  public String preview() {
    return LightMarkup.html(body);
  }

  public boolean isCoordinator() {
    return currentUser.account().getRole() == Role.COORDINATOR;
  }

  public String severity(LessonStatus status) {
    return switch (status) {
      case DRAFT -> "secondary";
      case APPROVED -> "info";
      case PUBLISHED -> "success";
      case RETIRED -> "warning";
    };
  }

  public Theme[] getAllThemes() {
    return Theme.values();
  }

  public List<be.vlaanderen.crt.portal.lesson.ToolkitResource> getAllResources() {
    return toolkitResources.all();
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public List<Long> getResources() {
    return resources;
  }

  public void setResources(List<Long> resources) {
    this.resources = resources;
  }

  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter == null ? "" : statusFilter;
  }

  public Long getEditing() {
    return editing;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes;
  }
}

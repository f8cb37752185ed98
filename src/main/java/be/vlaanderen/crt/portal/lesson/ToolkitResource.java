package be.vlaanderen.crt.portal.lesson;

import be.vlaanderen.crt.portal.storage.StoredFileInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;

/** A document of the toolkit (template, checklist, good practice), stored like every document. */
@Entity
@Table(name = "toolkit_resource")
public class ToolkitResource {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResourceType type;

  @Column(nullable = false, length = 400)
  private String themes;

  @Column(nullable = false, length = 20)
  private String status = "PUBLISHED";

  @Embedded private StoredFileInfo file;

  @Column(name = "text_content", columnDefinition = "MEDIUMTEXT")
  private String textContent;

  protected ToolkitResource() {}

  public ToolkitResource(
      String title,
      String description,
      ResourceType type,
      List<String> themes,
      StoredFileInfo file,
      String textContent) {
    this.title = Objects.requireNonNull(title, "title");
    this.description = description;
    this.type = Objects.requireNonNull(type, "type");
    this.themes = String.join(",", themes);
    this.file = Objects.requireNonNull(file, "file");
    this.textContent = textContent;
  }

  public boolean isPublished() {
    return "PUBLISHED".equals(status);
  }

  public List<String> themeList() {
    return themes.isBlank() ? List.of() : List.of(themes.split(","));
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public ResourceType getType() {
    return type;
  }

  public String getThemes() {
    return themes;
  }

  public StoredFileInfo getFile() {
    return file;
  }

  public String getTextContent() {
    return textContent;
  }
}

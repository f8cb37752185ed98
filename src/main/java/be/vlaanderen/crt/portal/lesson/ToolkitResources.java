package be.vlaanderen.crt.portal.lesson;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.documents.DocumentIntake;
import be.vlaanderen.crt.portal.extraction.TextExtraction;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.search.SearchChanges;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.storage.StoredFileInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Toolkit resources (templates, checklists, good-practice documents): stored in object storage
 * through the same intake as every document, their text extracted once for the search.
 */
@ApplicationScoped
public class ToolkitResources {

  @PersistenceContext private EntityManager em;

  @Inject DocumentIntake intake;

  @Inject TextExtraction extraction;

  @Inject ObjectStore store;

  @Inject SearchChanges searchChanges;

  @Inject AuditLog audit;

  @Transactional
  public ToolkitResource add(
      UserAccount account,
      String title,
      String description,
      ResourceType type,
      List<String> themes,
      String fileName,
      InputStream content) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator adds toolkit resources");
    }
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new InvalidInputException("lesson.invalid.title");
    }
    if (type == null) {
      throw new InvalidInputException("toolkit.invalid.type");
    }
    List<String> names =
        themes.stream()
            .map(
                t -> {
                  Theme theme = Theme.parse(t);
                  if (theme == null) {
                    throw new InvalidInputException("annotation.invalid.theme", t);
                  }
                  return theme.name();
                })
            .distinct()
            .toList();
    DocumentIntake.Accepted<String> accepted =
        intake.accept(
            fileName,
            content,
            (detected, file) -> {
              try {
                return extraction.extract(file).plain();
              } catch (be.vlaanderen.crt.portal.extraction.TextUnavailableException e) {
                return "";
              }
            });
    ToolkitResource resource =
        new ToolkitResource(
            title.strip(),
            description == null ? null : description.strip(),
            type,
            names,
            new StoredFileInfo(
                accepted.fileName(),
                accepted.size(),
                accepted.sha256(),
                accepted.type().mediaType(),
                accepted.storageKey(),
                account.getUsername(),
                Instant.now()),
            accepted.inspection());
    em.persist(resource);
    em.flush();
    searchChanges.changed(SearchChanges.RESOURCE, resource.getId());
    audit.record(
        account.getUsername(), "RESOURCE_ADDED", "ToolkitResource", resource.getId(), title);
    return resource;
  }

  /** A published resource, for anyone. */
  public ToolkitResource published(long id) {
    ToolkitResource resource = em.find(ToolkitResource.class, id);
    if (resource == null || !resource.isPublished()) {
      throw new NotVisibleException("Resource " + id);
    }
    return resource;
  }

  public List<ToolkitResource> all() {
    return em.createQuery("SELECT r FROM ToolkitResource r ORDER BY r.title", ToolkitResource.class)
        .getResultList();
  }

  public InputStream open(ToolkitResource resource) {
    return store.open(resource.getFile().getStorageKey());
  }
}

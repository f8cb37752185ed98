package be.vlaanderen.crt.portal.municipality.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.municipality.ImportRow;
import be.vlaanderen.crt.portal.municipality.MunicipalityImport;
import be.vlaanderen.crt.portal.municipality.MunicipalityImport.Preview;
import be.vlaanderen.crt.portal.municipality.MunicipalityImport.Result;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.programme.Waves.WaveSummary;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /municipality/import.xhtml}: upload, preview with errors per row, then apply
 * (coordinators).
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject MunicipalityImport imports;

  @Inject be.vlaanderen.crt.portal.programme.Waves waveList;

  private List<WaveSummary> waves = List.of();
  private Long wave;
  private Preview preview;
  private boolean applied;
  private Long appliedWave;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      be.vlaanderen.crt.portal.platform.PageAccess.notFound();
      return;
    }
    waves = waveList.list(currentUser.account());
  }

  public void upload(FileUploadEvent event) {
    Path file = null;
    try (InputStream in = event.getFile().getInputStream()) {
      file = Files.createTempFile("import-", ".upload");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      preview = imports.preview(currentUser.account(), file);
      applied = false;
      message(
          FacesMessage.SEVERITY_INFO,
          Messages.get(
              locale(),
              "import.preview",
              preview.valid(),
              preview.invalid(),
              preview.newMunicipalities(),
              preview.newContacts()));
    } catch (InvalidInputException e) {
      preview = null;
      message(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    } catch (IOException | NotPermittedException e) {
      preview = null;
      message(FacesMessage.SEVERITY_ERROR, Messages.get(locale(), "import.invalid.unreadable"));
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // the temp folder is cleaned by the OS
        }
      }
    }
  }

  public void apply() {
    if (preview == null) {
      return;
    }
    Result result = imports.apply(currentUser.account(), preview.rows(), wave);
    message(
        FacesMessage.SEVERITY_INFO,
        Messages.get(
            locale(),
            "import.applied",
            result.municipalitiesCreated(),
            result.contactsInvited(),
            result.enrolled(),
            result.unchanged(),
            result.skipped(),
            result.waveFull()));
    preview = null;
    applied = true;
    appliedWave = wave;
  }

  /** The errors of a row in words, or "in orde". */
  public String status(ImportRow row) {
    if (row.valid()) {
      return Messages.get(
          locale(),
          preview != null && preview.exists(row) ? "import.ok.existing" : "import.ok.new");
    }
    return row.errors().stream()
        .map(e -> Messages.get(locale(), "import.error." + e))
        .collect(Collectors.joining("; "));
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public List<WaveSummary> getWaves() {
    return waves;
  }

  public Long getWave() {
    return wave;
  }

  public void setWave(Long wave) {
    this.wave = wave;
  }

  /** Whether an import was applied on this page: its result links to the municipalities. */
  public boolean isApplied() {
    return applied;
  }

  public Long getAppliedWave() {
    return appliedWave;
  }

  /**
   * "Bekijk de gemeenten van Traject 1" after an import into a wave, else "Bekijk de gemeenten".
   */
  public String getDoneLink() {
    return waves.stream()
        .filter(w -> appliedWave != null && w.id() == appliedWave)
        .findFirst()
        .map(w -> Messages.get(locale(), "import.done.linkWave", w.name()))
        .orElseGet(() -> Messages.get(locale(), "import.done.link"));
  }

  public Preview getPreview() {
    return preview;
  }
}

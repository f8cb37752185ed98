package be.vlaanderen.crt.portal.reporting.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.Waves.WaveSummary;
import be.vlaanderen.crt.portal.reporting.ProgressExport;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix.Total;
import be.vlaanderen.crt.portal.reporting.ProgressService;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code /reporting/progress.xhtml?wave=…&province=…}: the progress matrix with filters and export.
 */
@Named
@ViewScoped
public class ProgressPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject ProgressService progress;

  @Inject be.vlaanderen.crt.portal.programme.Waves waveList;

  private Long wave;
  private Province province;
  private List<WaveSummary> waves = List.of();
  private ProgressMatrix matrix;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      waves = waveList.list(currentUser.account());
      if (wave == null && !waves.isEmpty()) {
        wave = waves.get(0).id();
      }
      refresh();
    } catch (NotPermittedException | NotVisibleException e) {
      be.vlaanderen.crt.portal.platform.PageAccess.notFound();
    }
  }

  public void refresh() {
    matrix = wave == null ? null : progress.matrix(currentUser.account(), wave, province);
  }

  public StreamedContent getExport() {
    byte[] workbook =
        ProgressExport.toXlsx(progress.matrix(currentUser.account(), wave, province), locale());
    return DefaultStreamedContent.builder()
        .name("voortgang " + matrix.wave() + ".xlsx")
        .contentType(ProgressExport.MEDIA_TYPE)
        .contentLength((long) workbook.length)
        .stream(() -> new ByteArrayInputStream(workbook))
        .build();
  }

  /**
   * The columns are fixed (the BCP track's deliverables), so the table can be built before loading.
   */
  public List<AssignmentKind> getColumns() {
    return ProgressMatrix.BCP_COLUMNS;
  }

  /** "3 / 25 · 2 te laat" for a column's footer. */
  public String totalText(AssignmentKind kind) {
    if (matrix == null) {
      return "";
    }
    Total total = matrix.totals().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    String text = total.submitted() + " / " + total.expected();
    return total.late() == 0
        ? text
        : text + " · " + total.late() + " " + Messages.get(locale(), "progress.lateShort");
  }

  public Province[] getProvinces() {
    return Province.values();
  }

  public Long getWave() {
    return wave;
  }

  public void setWave(Long wave) {
    this.wave = wave;
  }

  public Province getProvince() {
    return province;
  }

  public void setProvince(Province province) {
    this.province = province;
  }

  public List<WaveSummary> getWaves() {
    return waves;
  }

  public ProgressMatrix getMatrix() {
    return matrix;
  }
}

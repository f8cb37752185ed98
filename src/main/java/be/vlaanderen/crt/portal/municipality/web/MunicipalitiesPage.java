package be.vlaanderen.crt.portal.municipality.web;

import be.vlaanderen.crt.portal.municipality.MunicipalityService;
import be.vlaanderen.crt.portal.municipality.MunicipalityService.ListFilter;
import be.vlaanderen.crt.portal.municipality.MunicipalityService.ListRow;
import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.programme.Waves.WaveSummary;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /municipality/index.xhtml?q=…&wave=…&province=…}: every municipality, searchable by name
 * and filtered by wave and province (coordinator, steering committee). The filter is a plain GET
 * form, so a filtered list can be bookmarked and sent on.
 */
@Named
@ViewScoped
public class MunicipalitiesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The wave filter's value for municipalities in no wave. */
  public static final String NO_WAVE = "none";

  @Inject CurrentUser currentUser;

  @Inject MunicipalityService municipalities;

  @Inject be.vlaanderen.crt.portal.programme.Waves waveList;

  private String q;
  private String wave;
  private String province;
  private List<WaveSummary> waves = List.of();
  private List<ListRow> rows = List.of();

  public void load() {
    waves = waveList.list(currentUser.account());
    Long waveId =
        waves.stream()
            .filter(w -> String.valueOf(w.id()).equals(wave))
            .map(WaveSummary::id)
            .findFirst()
            .orElse(null);
    if (waveId == null && !NO_WAVE.equals(wave)) {
      wave = null;
    }
    Province chosen = null;
    for (Province p : Province.values()) {
      if (p.name().equals(province)) {
        chosen = p;
      }
    }
    if (chosen == null) {
      province = null;
    }
    String name = q == null ? null : q.strip();
    if (name != null && name.length() > 120) {
      name = name.substring(0, 120);
    }
    rows =
        municipalities.list(
            currentUser.account(), new ListFilter(name, waveId, NO_WAVE.equals(wave), chosen));
  }

  public boolean isFiltered() {
    return (q != null && !q.isBlank()) || wave != null || province != null;
  }

  public String getNoWave() {
    return NO_WAVE;
  }

  public Province[] getProvinces() {
    return Province.values();
  }

  public List<WaveSummary> getWaves() {
    return waves;
  }

  public List<ListRow> getRows() {
    return rows;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getWave() {
    return wave;
  }

  public void setWave(String wave) {
    this.wave = wave == null || wave.isBlank() ? null : wave;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province == null || province.isBlank() ? null : province;
  }
}

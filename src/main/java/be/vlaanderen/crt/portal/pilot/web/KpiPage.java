package be.vlaanderen.crt.portal.pilot.web;

import be.vlaanderen.crt.portal.pilot.PilotKpis;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /pilot/kpis.xhtml} (coordinator, steering committee): the KPI tiles and tables. */
@Named
@ViewScoped
public class KpiPage implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** One tile: environment key (ACM_TI…), its figures. */
  public record Tile(String key, PilotKpis.Count count) implements java.io.Serializable {}

  @Inject CurrentUser currentUser;

  @Inject PilotKpis kpis;

  @Inject be.vlaanderen.crt.portal.pilot.register.PilotRegister register;

  private PilotKpis.Kpis figures;
  private List<be.vlaanderen.crt.portal.pilot.register.PilotRegister.EvaluationView> evaluations;

  /** View action: coordinator and steering committee only (404 for others). */
  public void load() {
    be.vlaanderen.crt.portal.platform.PageAccess.load(
        () -> {
          figures = kpis.kpis(currentUser.account());
          evaluations = register.evaluations(currentUser.account());
        });
  }

  public List<be.vlaanderen.crt.portal.pilot.register.PilotRegister.EvaluationView>
      getEvaluations() {
    return evaluations;
  }

  public PilotKpis.Kpis getFigures() {
    return figures;
  }

  public List<Tile> getTiles() {
    return List.of(
        new Tile("ACM_TI", figures.acmTi()),
        new Tile("ACM_PRD", figures.acmPrd()),
        new Tile("IDM_TI", figures.idmTi()),
        new Tile("IDM_PRD", figures.idmPrd()));
  }

  /** Width (percent) of a bar in a distribution of {@code responses}. */
  public int percent(Integer n, int responses) {
    return responses == 0 || n == null ? 0 : Math.round(100f * n / responses);
  }
}

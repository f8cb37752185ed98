package be.vlaanderen.crt.portal.budget.web;

import be.vlaanderen.crt.portal.budget.BudgetShifts;
import be.vlaanderen.crt.portal.budget.Envelopes;
import be.vlaanderen.crt.portal.platform.Formats;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PageFeedback;
import be.vlaanderen.crt.portal.platform.ProgrammeTime;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The steering page's "budget split" card: the history of moves between budget lines, and for the
 * coordinator the form that records the committee's decision.
 */
@Named
@ViewScoped
public class BudgetSplitForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject BudgetShifts shifts;

  @Inject SteeringPage steering;

  @Inject Formats formats;

  private List<Envelopes.Shift> history;
  private String from = "BCP";
  private String to = "ACM_IDM";
  private BigDecimal amount;
  private LocalDate validFrom = ProgrammeTime.today();
  private String reason;
  private String meeting;

  public List<Envelopes.Shift> getHistory() {
    if (history == null) {
      history = shifts.history(currentUser.account());
    }
    return history;
  }

  public void record() {
    Envelopes.Shift shift =
        shifts.record(
            currentUser.account(),
            new BudgetShifts.ShiftInput(
                from,
                to,
                amount == null ? null : amount.toPlainString(),
                validFrom == null ? null : validFrom.toString(),
                reason,
                meeting));
    PageFeedback.info(
        Messages.get(
            PageFeedback.locale(),
            "budget.shift.recorded",
            formats.euro(shift.amount()),
            Messages.get(PageFeedback.locale(), "budget.line." + shift.from()),
            Messages.get(PageFeedback.locale(), "budget.line." + shift.to()),
            formats.date(shift.validFrom())));
    amount = null;
    reason = null;
    meeting = null;
    history = null;
    steering.load();
  }

  public boolean isCoordinator() {
    return currentUser.account().getRole() == Role.COORDINATOR;
  }

  public List<String> getLines() {
    return Envelopes.LINES;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }
}

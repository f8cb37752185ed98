package be.vlaanderen.crt.portal.platform.cost;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Registered in persistence.xml ({@code eclipselink.session.customizer}): every SQL statement that
 * EclipseLink sends counts against the request on the sending thread. The portal reaches the
 * database through JPA only (Flyway at start-up and the readiness check aside), so this is every
 * statement a page or API call costs.
 */
public class StatementCounting implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session
        .getEventManager()
        .addListener(
            new SessionEventAdapter() {
              @Override
              public void preExecuteCall(SessionEvent event) {
                Call call = event.getCall();
                if (call != null) {
                  RequestCost.statementSent(
                      call instanceof DatabaseCall sql ? sql.getSQLString() : null);
                }
              }
            });
  }
}

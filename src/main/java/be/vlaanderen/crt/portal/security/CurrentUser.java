package be.vlaanderen.crt.portal.security;

import be.vlaanderen.crt.portal.platform.NotVisibleException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The logged-in account for this request, loaded once. Pages use it as {@code #{currentUser}}. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;

  @PersistenceContext private EntityManager em;

  private UserAccount account;

  public UserAccount account() {
    if (account == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal == null) {
        throw new NotVisibleException("Account");
      }
      account =
          em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
              .setParameter("username", principal.getName())
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new NotVisibleException("Account"));
    }
    return account;
  }

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public UserAccount getAccount() {
    return account();
  }

  public boolean hasRole(String role) {
    return isLoggedIn() && account().getRole().name().equals(role);
  }
}

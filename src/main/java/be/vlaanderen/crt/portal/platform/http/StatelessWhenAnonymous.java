package be.vlaanderen.crt.portal.platform.http;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A page seen without a login keeps no state on the server: its view is stateless (transient) from
 * the moment it is created, so neither JSF nor PrimeFaces (which keeps the script nonce in the view
 * map of a stateful view) opens an HTTP session for it. Public pages (login, toolkit, self-check,
 * error pages) then cost no heap however many views they get; forms on them still work, as every
 * post carries what it needs. Logged-in pages keep their server-side state as before.
 *
 * <p>Set here rather than with {@code <f:view transient>}: that attribute only applies when the
 * view is built, after PrimeFaces has already stored its nonce.
 */
public class StatelessWhenAnonymous extends ViewHandlerWrapper {

  public StatelessWhenAnonymous(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && context.getExternalContext().getUserPrincipal() == null) {
      root.setTransient(true);
    }
    return root;
  }
}

package be.vlaanderen.crt.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address ({@code crt.portal.url}) for links that leave the page: a self-check
 * link to keep, the Atom feed. Never built from the request's {@code Host} header, which the client
 * chooses.
 */
@ApplicationScoped
public class PublicUrl {

  @Inject
  @ConfigProperty(name = "crt.portal.url", defaultValue = "http://localhost:8080/")
  String base;

  /** The absolute address of a path of the portal ({@code "toolkit/"} or {@code "/toolkit/"}). */
  public String of(String path) {
    String root = base.endsWith("/") ? base : base + "/";
    return root + (path.startsWith("/") ? path.substring(1) : path);
  }
}

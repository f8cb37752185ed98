package be.vlaanderen.crt.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings the pages need to know about: {@code #{portalSettings.demo}}. */
@Named
@ApplicationScoped
public class PortalSettings {

  @Inject
  @ConfigProperty(name = "crt.demo.enabled")
  boolean demo;

  public boolean isDemo() {
    return demo;
  }
}

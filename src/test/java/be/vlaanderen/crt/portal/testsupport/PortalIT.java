package be.vlaanderen.crt.portal.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: the test run's services (MariaDB, S3 server, GreenMail,
 * started once per JVM), the one Payara Micro of the run (the same WAR for every class, so
 * Arquillian deploys it once), the portal's address and an API client. A class extends it and
 * writes only its tests.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalIT {

  static {
    TestServices.start();
  }

  /** The portal's root, "http://localhost:8xxx/". */
  @ArquillianResource protected URL base;

  /** Calls the API as a user of the demo data (password "demo"), or without a login. */
  protected ApiClient api;

  @Deployment(testable = false)
  public static WebArchive portal() {
    return TestServices.portalWar();
  }

  @BeforeEach
  void portalClient() {
    api = new ApiClient(base);
  }
}

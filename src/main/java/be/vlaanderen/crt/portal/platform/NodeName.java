package be.vlaanderen.crt.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this portal node ({@code crt.node.name}, else the host name): work that each node
 * does for itself, such as applying the search change log to its own index, is recorded under it.
 */
@ApplicationScoped
public class NodeName {

  @Inject
  @ConfigProperty(name = "crt.node.name")
  Optional<String> configured;

  private String name;

  public String get() {
    if (name == null) {
      name = configured.filter(n -> !n.isBlank()).map(String::strip).orElseGet(NodeName::host);
    }
    return name;
  }

  private static String host() {
    try {
      String host = InetAddress.getLocalHost().getHostName();
      return host.length() > 100 ? host.substring(0, 100) : host;
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}

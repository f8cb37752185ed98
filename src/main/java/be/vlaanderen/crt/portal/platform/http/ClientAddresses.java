package be.vlaanderen.crt.portal.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request. Directly connected, it is the socket's peer. Behind a
 * reverse proxy every request comes from the proxy, so the address the proxy puts last in {@code
 * X-Forwarded-For} is taken, but only when the peer is one of the trusted proxies ({@code
 * crt.http.trusted-proxies}: addresses or CIDR ranges, comma-separated; none by default). A header
 * from anyone else is ignored: a client cannot choose its own address and escape the login throttle
 * or the per-address limits.
 */
@ApplicationScoped
public class ClientAddresses {

  private static final java.util.regex.Pattern IPV4 =
      java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final List<Range> trusted;

  @Inject
  public ClientAddresses(
      @ConfigProperty(name = "crt.http.trusted-proxies") Optional<String> trustedProxies) {
    this.trusted = new ArrayList<>();
    java.util.Arrays.stream(trustedProxies.orElse("").split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(s -> trusted.add(Range.parse(s)));
  }

  /** For CDI's proxy. */
  protected ClientAddresses() {
    this.trusted = List.of();
  }

  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    if (trusted.isEmpty() || !isTrusted(peer)) {
      return peer;
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
    return last.isEmpty() || last.length() > 45 ? peer : last;
  }

  boolean isTrusted(String address) {
    byte[] bytes = literal(address);
    return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
  }

  /** The bytes of an IP literal, or null for anything else (no name lookups). */
  static byte[] literal(String address) {
    boolean ipv4 = address != null && IPV4.matcher(address).matches();
    boolean ipv6 =
        address != null
            && address.indexOf(':') >= 0
            && address.chars().allMatch(c -> c == '.' || c == ':' || Character.digit(c, 16) >= 0);
    if (!ipv4 && !ipv6) {
      return null;
    }
    try {
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An address range: {@code 10.0.0.0/8}, {@code 172.18.0.5}, {@code ::1}. */
  record Range(byte[] network, int prefix) {

    static Range parse(String text) {
      int slash = text.indexOf('/');
      byte[] network = literal(slash < 0 ? text : text.substring(0, slash));
      if (network == null) {
        throw new IllegalArgumentException(
            "crt.http.trusted-proxies: not an IP address or range: " + text);
      }
      int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
      if (prefix < 0 || prefix > network.length * 8) {
        throw new IllegalArgumentException("crt.http.trusted-proxies: bad prefix in " + text);
      }
      return new Range(network, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }
  }
}

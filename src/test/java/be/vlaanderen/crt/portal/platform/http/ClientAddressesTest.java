package be.vlaanderen.crt.portal.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static HttpServletRequest request(String peer, String forwardedFor) {
    Map<String, Object> answers = new java.util.HashMap<>();
    answers.put("getRemoteAddr", peer);
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                method.getName().equals("getHeader")
                    ? ("X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwardedFor : null)
                    : answers.get(method.getName()));
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    var addresses = new ClientAddresses(Optional.empty());
    assertEquals("203.0.113.9", addresses.of(request("203.0.113.9", "10.1.1.1")));
  }

  @Test
  void behindATrustedProxyTheLastForwardedAddressCounts() {
    var addresses = new ClientAddresses(Optional.of(String.join(",", "172.16.0.0/12", "::1")));
    // The client may put anything first; the proxy appends the address it saw.
    assertEquals("198.51.100.7", addresses.of(request("172.18.0.5", "1.2.3.4, 198.51.100.7")));
    assertEquals("198.51.100.8", addresses.of(request("::1", "198.51.100.8")));
    assertEquals("172.18.0.5", addresses.of(request("172.18.0.5", null)));
    // Not from the proxy: the header is the client's own claim.
    assertEquals("172.32.0.5", addresses.of(request("172.32.0.5", "198.51.100.7")));
  }

  @Test
  void rangesMatchByPrefix() {
    var addresses =
        new ClientAddresses(Optional.of(String.join(",", "10.0.0.0/8", "192.168.1.0/25")));
    assertTrue(addresses.isTrusted("10.255.1.2"));
    assertTrue(addresses.isTrusted("192.168.1.127"));
    assertFalse(addresses.isTrusted("192.168.1.128"));
    assertFalse(addresses.isTrusted("11.0.0.1"));
    assertFalse(addresses.isTrusted("::ffff:0a00:0001x"));
  }

  @Test
  void namesAreNeverLookedUp() {
    assertNull(ClientAddresses.literal("beef.cafe"));
    assertNull(ClientAddresses.literal("evil.example"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClientAddresses(Optional.of(String.join(",", "proxy.internal"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClientAddresses(Optional.of(String.join(",", "10.0.0.0/33"))));
  }
}

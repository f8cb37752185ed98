package be.vlaanderen.crt.portal.devenv;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc} (no {@code ss} or {@code
 * netstat} needed): {@code 127.0.0.1:8080}, {@code 0.0.0.0:6900}, {@code [::]:6900}.
 */
public final class ListeningSockets {

  private ListeningSockets() {}

  public static List<String> of(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    }
    List<String> listening = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> lines = Files.readAllLines(Path.of(table));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        // f[1] local address:port (hex), f[3] state (0A = LISTEN), f[9] inode
        if (f[3].equals("0A") && inodes.contains(f[9])) {
          listening.add(address(f[1]));
        }
      }
    }
    return listening;
  }

  private static String address(String hex) throws UnknownHostException {
    String[] parts = hex.split(":");
    byte[] raw = new BigInteger(parts[0], 16).toByteArray();
    int length = parts[0].length() / 2;
    byte[] bytes = new byte[length];
    // /proc prints each 32-bit word in host (little-endian) order
    byte[] padded = new byte[length];
    System.arraycopy(
        raw,
        Math.max(0, raw.length - length),
        padded,
        Math.max(0, length - raw.length),
        Math.min(length, raw.length));
    for (int word = 0; word < length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        bytes[word * 4 + i] = padded[word * 4 + 3 - i];
      }
    }
    InetAddress address =
        InetAddress.getByAddress(bytes); // a mapped IPv4 address comes back as one
    String host = address.getHostAddress();
    return (address instanceof java.net.Inet6Address ? "[" + host + "]" : host)
        + ":"
        + Integer.parseInt(parts[1], 16);
  }
}

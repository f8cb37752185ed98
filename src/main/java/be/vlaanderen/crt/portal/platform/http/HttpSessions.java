package be.vlaanderen.crt.portal.platform.http;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP sessions of this node. Only a login creates one (public pages are stateless), so
 * the count is about the number of people logged in; a count that grows with anonymous traffic is a
 * bug (see SecurityIT).
 */
@WebListener
public class HttpSessions implements HttpSessionListener {

  private static final AtomicInteger active = new AtomicInteger();
  private static final AtomicLong created = new AtomicLong();

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    active.incrementAndGet();
    created.incrementAndGet();
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    active.decrementAndGet();
  }

  static int active() {
    return active.get();
  }

  static long createdSinceStart() {
    return created.get();
  }
}

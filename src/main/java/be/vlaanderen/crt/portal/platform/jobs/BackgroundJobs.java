package be.vlaanderen.crt.portal.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the portal's background jobs on the container's managed scheduled executor. A run that
 * throws is logged and recorded, and the job simply runs again at its next time: unlike an EJB
 * timer, which the container expunges after two failed deliveries, nothing here can switch a job
 * off.
 */
@ApplicationScoped
public class BackgroundJobs {

  private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

  @Resource private ManagedScheduledExecutorService executor;

  private final Map<String, Tracked> jobs = new ConcurrentHashMap<>();
  private final List<ScheduledFuture<?>> futures = new CopyOnWriteArrayList<>();
  private final Clock clock = Clock.systemUTC();
  private volatile boolean stopped;

  /** Runs {@code work} every {@code interval} (measured from the end of the previous run). */
  public void every(String name, Duration initialDelay, Duration interval, Runnable work) {
    Tracked job = track(name);
    futures.add(
        executor.scheduleWithFixedDelay(
            () -> job.run(work),
            initialDelay.toMillis(),
            interval.toMillis(),
            TimeUnit.MILLISECONDS));
  }

  /** Runs {@code work} every day at {@code at} in {@code zone} (daylight saving time included). */
  public void daily(String name, LocalTime at, ZoneId zone, Runnable work) {
    Tracked job = track(name);
    scheduleNext(job, at, zone, work);
  }

  private void scheduleNext(Tracked job, LocalTime at, ZoneId zone, Runnable work) {
    if (stopped) {
      return;
    }
    Duration wait = untilNext(ZonedDateTime.now(clock.withZone(zone)), at);
    futures.add(
        executor.schedule(
            () -> {
              job.run(work);
              scheduleNext(job, at, zone, work);
            },
            wait.toMillis(),
            TimeUnit.MILLISECONDS));
  }

  /** Time from {@code now} to the next {@code at} on the wall clock of {@code now}'s zone. */
  static Duration untilNext(ZonedDateTime now, LocalTime at) {
    ZonedDateTime next = now.with(at);
    if (!next.isAfter(now)) {
      next = now.plusDays(1).with(at);
    }
    return Duration.between(now, next);
  }

  public Optional<JobState> state(String name) {
    return Optional.ofNullable(jobs.get(name)).map(Tracked::snapshot);
  }

  public List<JobState> states() {
    return jobs.values().stream()
        .map(Tracked::snapshot)
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
  }

  private Tracked track(String name) {
    Tracked job = new Tracked(name, clock.instant());
    if (jobs.putIfAbsent(name, job) != null) {
      throw new IllegalStateException("Job " + name + " is registered twice");
    }
    LOG.info(() -> "Background job registered: " + name);
    return job;
  }

  @PreDestroy
  void stop() {
    stopped = true;
    futures.forEach(f -> f.cancel(false));
  }

  /** One job's bookkeeping; {@link #run} never throws. */
  private final class Tracked {
    private final String name;
    private final Instant registered;
    private Instant lastSuccess;
    private Instant lastFailure;
    private String lastError;
    private int consecutiveFailures;
    private long runs;

    Tracked(String name, Instant registered) {
      this.name = name;
      this.registered = registered;
    }

    void run(Runnable work) {
      if (stopped) {
        return;
      }
      try {
        work.run();
        synchronized (this) {
          runs++;
          lastSuccess = clock.instant();
          consecutiveFailures = 0;
        }
      } catch (Throwable t) { // NOPMD: a job must never die, whatever it throws
        synchronized (this) {
          runs++;
          lastFailure = clock.instant();
          lastError = t.getClass().getSimpleName() + ": " + t.getMessage();
          consecutiveFailures++;
        }
        // Log the first failure of a series in full, then only every 100th, so an outage does not
        // flood the log twice a second.
        if (consecutiveFailures == 1 || consecutiveFailures % 100 == 0) {
          LOG.log(
              Level.WARNING,
              "Background job "
                  + name
                  + " failed ("
                  + consecutiveFailures
                  + "x in a row); it runs again",
              t);
        }
      }
    }

    synchronized JobState snapshot() {
      return new JobState(
          name, registered, lastSuccess, lastFailure, lastError, consecutiveFailures, runs);
    }
  }
}

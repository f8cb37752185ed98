package be.vlaanderen.crt.portal.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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

  /** How soon a failed daily job is tried again. */
  static final Duration DAILY_RETRY = Duration.ofMinutes(15);

  @Resource private ManagedThreadFactory threads;

  private final Map<String, Tracked> jobs = new ConcurrentHashMap<>();
  private final List<ScheduledFuture<?>> futures = new CopyOnWriteArrayList<>();
  private final List<ScheduledExecutorService> executors = new CopyOnWriteArrayList<>();
  private final Clock clock = Clock.systemUTC();
  private volatile boolean stopped;

  /** Runs {@code work} every {@code interval} (measured from the end of the previous run). */
  public void every(String name, Duration initialDelay, Duration interval, Runnable work) {
    Tracked job = track(name);
    futures.add(
        executorFor(name)
            .scheduleWithFixedDelay(
                () -> job.run(work),
                initialDelay.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS));
  }

  /** Runs {@code work} every day at {@code at} in {@code zone} (daylight saving time included). */
  public void daily(String name, LocalTime at, ZoneId zone, Runnable work) {
    Tracked job = track(name);
    scheduleNext(executorFor(name), job, at, zone, work, Duration.ZERO);
  }

  private void scheduleNext(
      ScheduledExecutorService executor,
      Tracked job,
      LocalTime at,
      ZoneId zone,
      Runnable work,
      Duration retryIn) {
    if (stopped) {
      return;
    }
    Duration wait =
        retryIn.isZero() ? untilNext(ZonedDateTime.now(clock.withZone(zone)), at) : retryIn;
    futures.add(
        executor.schedule(
            () -> {
              boolean succeeded = job.run(work);
              ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
              boolean sameDay = now.plus(DAILY_RETRY).toLocalDate().equals(now.toLocalDate());
              scheduleNext(
                  executor,
                  job,
                  at,
                  zone,
                  work,
                  !succeeded && sameDay ? DAILY_RETRY : Duration.ZERO);
            },
            wait.toMillis(),
            TimeUnit.MILLISECONDS));
  }

  /** A single scheduler thread for one job. */
  private ScheduledExecutorService executorFor(String name) {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = threads.newThread(runnable);
              thread.setName("crt-job-" + name);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    executors.add(executor);
    return executor;
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
    executors.forEach(ScheduledExecutorService::shutdownNow);
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

    /** Answers whether the run succeeded. */
    boolean run(Runnable work) {
      if (stopped) {
        return true;
      }
      try {
        work.run();
        synchronized (this) {
          runs++;
          lastSuccess = clock.instant();
          consecutiveFailures = 0;
        }
        return true;
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
        return false;
      }
    }

    synchronized JobState snapshot() {
      return new JobState(
          name, registered, lastSuccess, lastFailure, lastError, consecutiveFailures, runs);
    }
  }
}

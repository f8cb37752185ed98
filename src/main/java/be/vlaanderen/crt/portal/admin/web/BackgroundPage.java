package be.vlaanderen.crt.portal.admin.web;

import be.vlaanderen.crt.portal.notification.Outbox;
import be.vlaanderen.crt.portal.platform.Formats;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PageAccess;
import be.vlaanderen.crt.portal.platform.PageFeedback;
import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import be.vlaanderen.crt.portal.platform.jobs.JobState;
import be.vlaanderen.crt.portal.search.SearchFailures;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.toolkit.SearchService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /admin/background.xhtml} (coordinators): the search index and the mail outbox of this
 * node, the documents and mails that failed with their reasons, a retry for each, and the
 * background jobs' last runs.
 */
@Named
@ViewScoped
public class BackgroundPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Formats.BRUSSELS);

  @Inject CurrentUser currentUser;

  @Inject transient SearchService search;

  @Inject transient SearchFailures searchFailures;

  @Inject transient Outbox outbox;

  @Inject transient BackgroundJobs jobs;

  @Inject transient be.vlaanderen.crt.portal.security.LoginThrottle throttle;

  private long lastApplied;
  private long lag;
  private Instant lastCaughtUp;
  private SearchFailures.Counts searchCounts;
  private List<SearchFailures.Entry> failures = List.of();
  private Outbox.Counts mailCounts;
  private List<Outbox.Failed> failedMails = List.of();
  private List<JobState> jobStates = List.of();
  private List<be.vlaanderen.crt.portal.security.LoginThrottle.Lock> locks = List.of();

  public void load() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      PageAccess.notFound();
      return;
    }
    refresh();
  }

  private void refresh() {
    lastApplied = search.lastApplied();
    lag = search.lag();
    lastCaughtUp = search.lastCaughtUp();
    searchCounts = search.failureCounts();
    failures = searchFailures.all(200);
    mailCounts = outbox.counts();
    failedMails = outbox.failed(200);
    jobStates = jobs.states();
    locks = throttle.locks();
  }

  public void unlock(String subject) {
    if (throttle.unlock(subject)) {
      PageFeedback.info(Messages.get(PageFeedback.locale(), "background.locks.unlocked"));
    } else {
      PageFeedback.warn(Messages.get(PageFeedback.locale(), "background.gone"));
    }
    refresh();
  }

  /** "account aalst", "adres 10.0.0.7". */
  public String lockLabel(be.vlaanderen.crt.portal.security.LoginThrottle.Lock lock) {
    String subject = lock.subject();
    int colon = subject.indexOf(':');
    return Messages.get(PageFeedback.locale(), "background.locks." + subject.substring(0, colon))
        + " "
        + subject.substring(colon + 1);
  }

  public List<be.vlaanderen.crt.portal.security.LoginThrottle.Lock> getLocks() {
    return locks;
  }

  public void retrySearch(long id) {
    if (search.retry(id)) {
      PageFeedback.info(Messages.get(PageFeedback.locale(), "background.search.retried"));
    } else {
      PageFeedback.warn(Messages.get(PageFeedback.locale(), "background.gone"));
    }
    refresh();
  }

  public void retryMail(long id) {
    if (outbox.retry(id)) {
      PageFeedback.info(Messages.get(PageFeedback.locale(), "background.mail.retried"));
    } else {
      PageFeedback.warn(Messages.get(PageFeedback.locale(), "background.gone"));
    }
    refresh();
  }

  public void reload() {
    refresh();
  }

  /** What a failed search document is, for people ("Inzending 12"). */
  public String label(SearchFailures.Entry entry) {
    String uid = entry.uid();
    String kind = uid.substring(0, uid.indexOf(':'));
    return Messages.get(PageFeedback.locale(), "background.doc." + kind)
        + " "
        + uid.substring(uid.indexOf(':') + 1);
  }

  /** Where a failed search document can be looked at. */
  public String link(SearchFailures.Entry entry) {
    String uid = entry.uid();
    String id = uid.substring(uid.indexOf(':') + 1);
    if (uid.startsWith("SUBMISSION:")) {
      return "/review/document.xhtml?submission=" + id;
    }
    if (uid.startsWith("LESSON:")) {
      return "/lessons/index.xhtml";
    }
    return "/toolkit/hulpmiddel.xhtml?id=" + id;
  }

  public String time(Instant instant) {
    return instant == null ? "–" : TIME.format(instant);
  }

  public long getLastApplied() {
    return lastApplied;
  }

  public long getLag() {
    return lag;
  }

  public Instant getLastCaughtUp() {
    return lastCaughtUp;
  }

  public SearchFailures.Counts getSearchCounts() {
    return searchCounts;
  }

  public List<SearchFailures.Entry> getFailures() {
    return failures;
  }

  public Outbox.Counts getMailCounts() {
    return mailCounts;
  }

  public List<Outbox.Failed> getFailedMails() {
    return failedMails;
  }

  public List<JobState> getJobStates() {
    return jobStates;
  }
}

package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Who sees which remark and who may change it: the review's visibility policy, in one place for the
 * page and the API.
 *
 * <ul>
 *   <li>The CRT (the assigned reviewers and the coordinators) sees every remark of a submission it
 *       may read; the author or a coordinator changes one.
 *   <li>A municipality sees a remark only when it is meant for the municipality, is on its own
 *       submission and its round has been released for it; internal remarks never.
 *   <li>The steering committee sees no documents and so no remarks.
 * </ul>
 *
 * A {@link Reader} applies the policy to one list of remarks and asks whether a round is released
 * once per round and municipality, however many remarks the list has.
 */
@ApplicationScoped
public class RemarkVisibility {

  @Inject Rounds rounds;

  /** The policy for one caller and one list. */
  public Reader reader(UserAccount account) {
    return new Reader(account);
  }

  /** Whether the municipality has seen the remark: meant for it, and its round released for it. */
  public boolean seenByMunicipality(Remark remark) {
    return remark.getVisibility() == Visibility.MUNICIPALITY && released(remark);
  }

  /** The author or a coordinator changes a remark; the caller is known to be of the CRT. */
  public void requireChanger(UserAccount account, Remark remark) {
    if (account.getRole() != Role.COORDINATOR
        && !remark.getAuthor().getId().equals(account.getId())) {
      throw new NotPermittedException("Only the author or a coordinator changes a remark");
    }
  }

  static boolean isCrt(UserAccount account) {
    return account.getRole() == Role.REVIEWER || account.getRole() == Role.COORDINATOR;
  }

  private boolean released(Remark remark) {
    return rounds.isReleased(
        remark.getRound().getId(), remark.getSubmission().getMunicipality().getId());
  }

  /** The policy applied to one caller's list, remembering what it asked about releases. */
  public final class Reader {

    private final UserAccount account;

    private final Map<Long, Boolean> released = new HashMap<>();

    private Reader(UserAccount account) {
      this.account = account;
    }

    /** Whether the caller sees the remark (the submission itself is known to be readable). */
    public boolean mayRead(Remark remark) {
      return switch (account.getRole()) {
        case REVIEWER, COORDINATOR -> true; // the submission check already limited reviewers
        case MUNICIPALITY ->
            remark.getVisibility() == Visibility.MUNICIPALITY
                && account
                    .getMunicipality()
                    .getId()
                    .equals(remark.getSubmission().getMunicipality().getId())
                && released(remark);
        case STEERING -> false;
      };
    }

    /** {@link RemarkVisibility#seenByMunicipality}, asked once per round and municipality. */
    public boolean seenByMunicipality(Remark remark) {
      return remark.getVisibility() == Visibility.MUNICIPALITY && released(remark);
    }

    /**
     * The rule of {@link ReviewService#delete}: the author or a coordinator (the CRT), on the
     * submission it was made on, not seen by the municipality, not answered, not become a lesson.
     */
    public boolean mayDelete(
        Remark remark, long shownSubmission, boolean answered, boolean becameLesson) {
      return isCrt(account)
          && remark.getSubmission().getId() == shownSubmission
          && (account.getRole() == Role.COORDINATOR
              || remark.getAuthor().getId().equals(account.getId()))
          && !seenByMunicipality(remark)
          && !answered
          && !becameLesson;
    }

    /** Tells the reader a release state the caller has already read, so it is not asked again. */
    public Reader knowing(long roundId, long municipalityId, boolean isReleased) {
      released.put(key(roundId, municipalityId), isReleased);
      return this;
    }

    private boolean released(Remark remark) {
      return released.computeIfAbsent(
          key(remark.getRound().getId(), remark.getSubmission().getMunicipality().getId()),
          k -> RemarkVisibility.this.released(remark));
    }

    private static long key(long roundId, long municipalityId) {
      return roundId * 1_000_003L + municipalityId;
    }
  }
}

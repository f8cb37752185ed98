package be.vlaanderen.crt.portal.pilot.dossier;

/**
 * The state machine of an integration: the moves a state allows, and the order of the environments:
 * production is tested and succeeds only after test &amp; integration has succeeded.
 */
public final class StatusRules {

  private StatusRules() {}

  /**
   * Why a move is not allowed, as a message key, or null when it is.
   *
   * @param ti the current state of the same building block on T&amp;I (for a PRD move)
   */
  public static String refusal(
      Env env, IntegrationState from, IntegrationState to, IntegrationState ti) {
    return refusal(env, from, to, ti, IntegrationState.NOT_STARTED);
  }

  /**
   * The same, knowing production's state too: T&amp;I cannot leave "succeeded" while production is
   * being tested or has succeeded on it (production goes back first).
   */
  public static String refusal(
      Env env,
      IntegrationState from,
      IntegrationState to,
      IntegrationState ti,
      IntegrationState prd) {
    String basic = basic(env, from, to, ti);
    if (basic != null) {
      return basic;
    }
    if (env == Env.TI
        && from == IntegrationState.SUCCEEDED
        && (prd == IntegrationState.TESTING || prd == IntegrationState.SUCCEEDED)) {
      return "pilot.status.prdFirst";
    }
    return null;
  }

  private static String basic(
      Env env, IntegrationState from, IntegrationState to, IntegrationState ti) {
    if (to == null) {
      return "pilot.status.unknown";
    }
    if (from == to) {
      return "pilot.status.same";
    }
    if (!from.next().contains(to)) {
      return "pilot.status.notAllowed";
    }
    if (env == Env.PRD
        && (to == IntegrationState.TESTING || to == IntegrationState.SUCCEEDED)
        && ti != IntegrationState.SUCCEEDED) {
      return "pilot.status.tiFirst";
    }
    return null;
  }
}

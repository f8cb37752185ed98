package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test plan of a dossier: the same cases on every building block and environment, each with its
 * outcome, note and evidence; the municipality and the analysts walk through it together.
 */
@ApplicationScoped
public class TestPlans {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject DossierAccess rights;

  @Inject DossierAttachments attachments;

  /** One case of the test plan on one environment. */
  public record TestRow(
      long caseId,
      String code,
      String title,
      String description,
      TestResult.Outcome outcome,
      String note,
      Instant testedAt,
      String testedBy,
      Long evidenceVersionId,
      String evidenceName,
      Long evidenceSubmissionId)
      implements Serializable {}

  public List<TestCase> testCases() {
    return em.createQuery("SELECT c FROM TestCase c ORDER BY c.position", TestCase.class)
        .getResultList();
  }

  /** The test plan of one environment: every case with its result so far. */
  public List<TestRow> testPlan(UserAccount account, long dossierId, Block block, Env env) {
    IntegrationDossier d = rights.readable(account, dossierId);
    Map<Long, TestResult> results = new HashMap<>();
    em.createQuery(
            "SELECT r FROM TestResult r WHERE r.dossierId = :d AND r.block = :b AND r.environment = :e",
            TestResult.class)
        .setParameter("d", dossierId)
        .setParameter("b", block)
        .setParameter("e", env)
        .getResultList()
        .forEach(r -> results.put(r.getTestCase().getId(), r));
    List<TestRow> rows = new ArrayList<>();
    for (TestCase c : testCases()) {
      TestResult r = results.get(c.getId());
      DocumentVersion evidence =
          attachments.latest(
              d.getMunicipality().getId(),
              AttachmentSlot.evidence(dossierId, block, env, c.getId()));
      rows.add(
          new TestRow(
              c.getId(),
              c.getCode(),
              c.getTitle(),
              c.getDescription(),
              r == null ? null : r.getOutcome(),
              r == null ? null : r.getNote(),
              r == null ? null : r.getTestedAt(),
              r == null ? null : r.getTestedBy(),
              evidence == null ? null : evidence.getId(),
              evidence == null ? null : evidence.getFileName(),
              evidence == null ? null : evidence.getSubmission().getId()));
    }
    return rows;
  }

  /** Records the outcome of a test case; the municipality and analysts walk through it together. */
  @Transactional
  public void recordTest(
      UserAccount account,
      long dossierId,
      Block block,
      Env env,
      long caseId,
      TestResult.Outcome outcome,
      String note) {
    IntegrationDossier d = rights.writable(account, dossierId);
    TestCase c = em.find(TestCase.class, caseId);
    if (c == null) {
      throw new NotVisibleException("Test case " + caseId);
    }
    if (block == null || env == null || outcome == null) {
      throw new InvalidInputException("pilot.test.outcomeRequired");
    }
    String text = Inputs.optional(note, 2000);
    if (outcome == TestResult.Outcome.FAIL && text == null) {
      throw new InvalidInputException("pilot.test.failNeedsNote");
    }
    TestResult r =
        em.createQuery(
                "SELECT r FROM TestResult r WHERE r.dossierId = :d AND r.block = :b AND r.environment = :e AND r.testCase.id = :c",
                TestResult.class)
            .setParameter("d", dossierId)
            .setParameter("b", block)
            .setParameter("e", env)
            .setParameter("c", caseId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (r == null) {
      r = new TestResult(dossierId, block, env, c);
      em.persist(r);
    }
    r.record(outcome, text, Instant.now(), account.getUsername());
    audit.recordFor(
        d.getMunicipality().getId(),
        account.getUsername(),
        "TEST_RECORDED",
        "IntegrationDossier",
        d.getId(),
        block + " " + env + " " + c.getCode() + ": " + outcome);
  }

  /** Counts of pass / fail / n.a. / open per environment key, for the dossier page's tabs. */
  public Map<String, int[]> testSummary(long dossierId) {
    Map<String, int[]> summary = new LinkedHashMap<>();
    int cases = testCases().size();
    for (Block b : Block.values()) {
      for (Env e : Env.values()) {
        summary.put(b + "_" + e, new int[] {0, 0, 0, cases});
      }
    }
    em.createQuery("SELECT r FROM TestResult r WHERE r.dossierId = :d", TestResult.class)
        .setParameter("d", dossierId)
        .getResultList()
        .forEach(
            r -> {
              int[] s = summary.get(r.getBlock() + "_" + r.getEnvironment());
              s[r.getOutcome().ordinal()]++;
              s[3]--;
            });
    return summary;
  }
}

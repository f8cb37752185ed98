package be.vlaanderen.crt.portal.pilot.selection;

import be.vlaanderen.crt.portal.organisation.Province;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Selection figures for docs/benchmarks.md (not a test): the proposal and the groups for N
 * applicants (all of Flanders' 300 municipalities applying is the worst case), timed after a
 * warm-up.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * be.vlaanderen.crt.portal.pilot.selection.SelectionBenchmark 300}
 */
public final class SelectionBenchmark {

  private SelectionBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Random random = new Random(1);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      candidates.add(
          new Candidate(
              i,
              "Gemeente " + i,
              Province.values()[random.nextInt(5)],
              2_000 + random.nextInt(150_000),
              1 + random.nextInt(5),
              random.nextBoolean(),
              random.nextInt(4) == 0,
              Instant.parse("2026-10-01T08:00:00Z").plusSeconds(random.nextInt(2_000_000))));
    }
    for (int i = 0; i < 200; i++) {
      run(candidates);
    }
    int runs = 2_000;
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      run(candidates);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%d applicants, 30 places, 5 groups: p50 %.3f ms, p95 %.3f ms, max %.3f ms%n",
        n, nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
  }

  private static void run(List<Candidate> candidates) {
    Proposal p = SelectionProposer.propose(candidates, Criteria.DEFAULT);
    GroupFormer.form(
        p.rows().stream().filter(Proposal.Row::selected).map(Proposal.Row::candidate).toList(), 5);
  }
}

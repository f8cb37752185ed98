package be.vlaanderen.crt.portal.extraction;

import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What isolation costs: the same documents extracted in process ({@link TextExtractor}) and in
 * child JVMs ({@link ForkedExtractor}, as the portal does). Not a test; run by hand
 * (docs/benchmarks.md): {@code java -cp … ExtractionBenchmark <directory of the application's jars>
 * [rounds]}.
 */
public final class ExtractionBenchmark {

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path lib = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    Path dir = Files.createTempDirectory("extraction-bench");
    Path docx = dir.resolve("bcp.docx");
    Files.write(docx, Templates.bcp(java.util.Set.of()));
    Path pdf = dir.resolve("plan.pdf");
    Files.write(
        pdf,
        SampleFiles.pdfPages(
            java.util.stream.IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "Pagina " + i + " van het continuïteitsplan met hersteltijden.")
                .toList()));
    for (Path file : List.of(docx, pdf)) {
      double[] inProcess = new double[rounds];
      for (int i = 0; i < 20; i++) {
        TextExtractor.extract(file);
      }
      for (int i = 0; i < rounds; i++) {
        long t = System.nanoTime();
        TextExtractor.extract(file);
        inProcess[i] = (System.nanoTime() - t) / 1e6;
      }
      double[] forked = new double[rounds];
      double first;
      try (ForkedExtractor extractor =
          ForkedExtractor.fromJars(lib, Duration.ofSeconds(60), 512, 1)) {
        long t0 = System.nanoTime();
        extractor.extract(file);
        first = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < 20; i++) {
          extractor.extract(file);
        }
        for (int i = 0; i < rounds; i++) {
          long t = System.nanoTime();
          extractor.extract(file);
          forked[i] = (System.nanoTime() - t) / 1e6;
        }
      }
      System.out.printf(
          "%s: in process p50 %.1f ms p95 %.1f ms | forked p50 %.1f ms p95 %.1f ms | first document"
              + " (child start) %.0f ms%n",
          file.getFileName(),
          percentile(inProcess, 50),
          percentile(inProcess, 95),
          percentile(forked, 50),
          percentile(forked, 95),
          first);
    }
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}

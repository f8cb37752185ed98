package be.vlaanderen.crt.portal.bench;

import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.UploadObjectArgs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Upload through the portal against a raw MinIO-client PUT of the same bytes to the same S3 server,
 * interleaved in one run so that noise hits both alike: for 1, 20 and 45 MiB, two warm-up rounds
 * and then {@code crt.bench.rounds} measured rounds, each round with fresh random bytes (the store
 * keeps identical bytes once). Prints the medians and their ratio. Run by {@code ./mvnw -Pbench}
 * against a running demo ({@code ./mvnw -Pdemo}).
 */
public final class UploadVsPut {

  private static final String BASE = System.getProperty("crt.bench.url", "http://localhost:8080/");
  private static final String USER = System.getProperty("crt.bench.municipality", "aalst");
  private static final int ROUNDS = Integer.getInteger("crt.bench.rounds", 7);

  private UploadVsPut() {}

  public static void main(String[] args) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    MinioClient s3 =
        MinioClient.builder()
            .endpoint(System.getProperty("crt.bench.s3", "http://127.0.0.1:9000"))
            .credentials(
                System.getProperty("crt.bench.s3.access-key", "crt-demo"),
                System.getProperty("crt.bench.s3.secret-key", "crt-demo-secret"))
            .build();
    String bucket = System.getProperty("crt.bench.s3.bucket", "crt-documents");
    long assignment = assignment(http);
    System.out.printf("upload vs raw PUT, %s as %s, assignment %d%n", BASE, USER, assignment);
    System.out.println("size | portal upload p50 | raw MinIO PUT p50 | ratio | portal all (ms) | raw all (ms)");
    for (int mib : new int[] {1, 20, 45}) {
      List<Double> portal = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      byte[] pdf = pdfOf(mib);
      for (int round = -2; round < ROUNDS; round++) {
        Path file = unique(pdf);
        try {
          double p = upload(http, assignment, file);
          double r = put(s3, bucket, file);
          if (round >= 0) {
            portal.add(p);
            raw.add(r);
          }
        } finally {
          Files.deleteIfExists(file);
        }
      }
      double pm = median(portal);
      double rm = median(raw);
      System.out.printf(
          "%d MiB (%.1f MiB PDF) | %.0f ms | %.0f ms | %.2f | %s | %s%n",
          mib,
          pdf.length / 1048576.0,
          pm,
          rm,
          pm / rm,
          portal,
          raw);
    }
  }

  /** The first assignment the municipality may hand a document in for. */
  private static long assignment(HttpClient http) throws Exception {
    HttpResponse<String> answer =
        http.send(
            authorized(HttpRequest.newBuilder(URI.create(BASE + "api/assignments"))).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("GET api/assignments: " + answer.statusCode());
    }
    for (JsonValue v : Json.createReader(new StringReader(answer.body())).readArray()) {
      JsonObject a = v.asJsonObject();
      if ("BCP".equals(a.getString("kind", ""))) {
        return a.getJsonNumber("assignmentId").longValue();
      }
    }
    throw new IllegalStateException("No BCP assignment for " + USER);
  }

  /**
   * A real PDF of about {@code mib} MiB (one page with an image of random grey pixels, which does
   * not compress), made once per size; each round appends a unique comment after its end, so the
   * bytes (and the content-derived key) differ every time while the portal still reads a PDF.
   */
  private static byte[] pdfOf(int mib) throws Exception {
    int width = 4096;
    int height = Math.max(1, (int) ((mib * 1024L * 1024L) / width));
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels =
        ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
    new SecureRandom().nextBytes(pixels);
    try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      document.addPage(page);
      var picture =
          org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, image);
      try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
        content.drawImage(picture, 36, 36, 540, 540f * height / width);
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static Path unique(byte[] pdf) throws Exception {
    Path file = Files.createTempFile("bench-", ".pdf");
    Files.write(file, pdf);
    Files.writeString(
        file,
        "%bench " + UUID.randomUUID() + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    return file;
  }

  private static double upload(HttpClient http, long assignment, Path file) throws Exception {
    String boundary = "----bench" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    HttpRequest request =
        authorized(
                HttpRequest.newBuilder(
                    URI.create(BASE + "api/assignments/" + assignment + "/documents")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofByteArray(head),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofByteArray(tail)))
            .build();
    long start = System.nanoTime();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - start) / 1e6;
    if (answer.statusCode() != 201) {
      throw new IllegalStateException("upload: " + answer.statusCode() + " " + answer.body());
    }
    return millis;
  }

  private static double put(MinioClient s3, String bucket, Path file) throws Exception {
    String key = "bench/" + UUID.randomUUID();
    long start = System.nanoTime();
    s3.uploadObject(
        UploadObjectArgs.builder()
            .bucket(bucket)
            .object(key)
            .filename(file.toString())
            .contentType("application/pdf")
            .build());
    double millis = (System.nanoTime() - start) / 1e6;
    s3.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
    return millis;
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder builder) {
    return builder.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}

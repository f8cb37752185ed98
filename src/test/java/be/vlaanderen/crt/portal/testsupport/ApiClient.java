package be.vlaanderen.crt.portal.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** Calls the portal's REST API as a script would: HTTP Basic, multipart uploads, JSON answers. */
public final class ApiClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  public ApiClient(URL applicationRoot) {
    this.base =
        URI.create(
            applicationRoot.toString().endsWith("/")
                ? applicationRoot.toString()
                : applicationRoot + "/");
  }

  public URI resolve(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public HttpResponse<String> get(String user, String path) {
    return send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A GET with {@code Authorization: Bearer token} (a personal API token or a provider's). */
  public HttpResponse<String> getWithBearer(String token, String path) {
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String user, String path) {
    return send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<byte[]> getBytes(String user, String path, String accept) {
    return send(
        request(user, path).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String user, String path) {
    return send(
        request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postJson(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> put(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> delete(String user, String path) {
    return send(request(user, path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Any request: {@code headers} alternate names and values ("If-Match", "\"x\"", ...); a body is
   * sent when {@code body} is not null.
   */
  public HttpResponse<String> exchange(
      String user, String method, String path, String body, String... headers) {
    HttpRequest.Builder builder = request(user, path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    builder.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * {@code POST /api/assignments/{id}/documents} with the file in the multipart field {@code file}.
   */
  public HttpResponse<String> upload(
      String user, long assignmentId, String fileName, byte[] content) {
    return uploadTo(user, "api/assignments/" + assignmentId + "/documents", fileName, content);
  }

  /** A multipart POST with the file in the field {@code file}. */
  public HttpResponse<String> uploadTo(String user, String path, String fileName, byte[] content) {
    return uploadTo(user, path, fileName, content, new String[0]);
  }

  /** The same, with extra request headers (name, value, name, value, …). */
  public HttpResponse<String> uploadTo(
      String user, String path, String fileName, byte[] content, String... headers) {
    String boundary = "----crt" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName.replace("\"", "%22")
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest.Builder builder =
        request(user, path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /**
   * Issue 16: every 201 of the API says where the new resource is ({@code Location}), and a GET
   * there with the same credentials answers it. Checked on every 201 any test receives.
   */
  private void createdResourceAnswersAtItsLocation(HttpRequest request, HttpResponse<?> created)
      throws IOException, InterruptedException {
    String location =
        created
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new AssertionError(
                        request.method() + " " + request.uri() + " answered 201 without Location"));
    HttpRequest.Builder get = HttpRequest.newBuilder(request.uri().resolve(location)).GET();
    request.headers().firstValue("Authorization").ifPresent(a -> get.header("Authorization", a));
    HttpResponse<byte[]> there = http.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (there.statusCode() != 200) {
      throw new AssertionError(
          request.method()
              + " "
              + request.uri()
              + " created "
              + location
              + ", which answers "
              + there.statusCode());
    }
  }

  private HttpRequest.Builder request(String user, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(resolve(path))
            .timeout(Duration.ofMinutes(2))
            .header("Accept-Language", "nl");
    if (user != null) {
      String password = user.contains(":") ? "" : ":demo";
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + password).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      HttpResponse<T> response = http.send(request, handler);
      if (response.statusCode() == 201) {
        createdResourceAnswersAtItsLocation(request, response);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

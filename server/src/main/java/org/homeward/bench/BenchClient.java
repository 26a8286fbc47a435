package org.homeward.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Sequential GET requests to the running server over loopback, timed to the last byte. */
final class BenchClient {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final String authorization;

  /** The answer's body and how long the request took, in nanoseconds. */
  record Timed(String body, long nanos) {}

  private BenchClient(int port, String authorization) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization = authorization;
  }

  /**
   * Signs in once with the password to create an API token, then sends every timed request with the
   * token, as a script would. (HTTP Basic would re-check the bcrypt hash on every request, about 70
   * ms on this machine, and measure that instead of the registry.)
   */
  static BenchClient withApiToken(int port, String username, String password) {
    BenchClient basic =
        new BenchClient(
            port,
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    String body = basic.post("/api/v1/me/tokens", "{\"name\": \"bench\", \"days\": 1}");
    java.util.regex.Matcher secret =
        java.util.regex.Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
    if (!secret.find()) {
      throw new IllegalStateException("no token in the answer to POST /api/v1/me/tokens");
    }
    return new BenchClient(port, "Bearer " + secret.group(1));
  }

  private String post(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException("POST " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("POST " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  Timed get(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("GET " + pathAndQuery + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long nanos = System.nanoTime() - started;
    if (response.statusCode() != 200) {
      String body = response.body();
      throw new IllegalStateException(
          "GET %s answered %d: %s"
              .formatted(
                  pathAndQuery,
                  response.statusCode(),
                  body.substring(0, Math.min(300, body.length()))));
    }
    return new Timed(response.body(), nanos);
  }
}

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

  BenchClient(int port, String username, String password) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
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

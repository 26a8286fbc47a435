package org.homeward.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the API, signed in with HTTP Basic. */
public final class ApiClient {
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "test-admin-password";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  public ApiClient(int port, String user, String password) {
    this.base = "http://localhost:" + port;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static ApiClient bearer(int port, String token) {
    return new ApiClient(port, "Bearer " + token);
  }

  private ApiClient(int port, String authorization) {
    this.base = "http://localhost:" + port;
    this.authorization = authorization;
  }

  public static ApiClient as(int port, String username) {
    return new ApiClient(port, username, TestAccounts.password(username));
  }

  public static ApiClient anonymous(int port) {
    return new ApiClient(port, null, null);
  }

  /** A response with its body read as JSON (null when the body is not JSON). */
  public record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String text(String path) {
      JsonNode node = body.at(path);
      return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  /** A binary response (a PDF, a spreadsheet): status, content type and bytes. */
  public record Download(int status, String contentType, byte[] bytes) {}

  public Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(json(body)));
  }

  public Reply postWithHeader(String path, Object body, String header, String value) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(json(body)));
  }

  public Reply postRaw(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply withHeader(String path, String name, String value) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header(name, value).GET());
  }

  public Reply put(String path, Object body, String ifMatch) {
    HttpRequest.Builder builder =
        request(path).header("Content-Type", "application/json").PUT(json(body));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  public static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    return HttpRequest.BodyPublishers.ofString(text);
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode body = null;
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (type.contains("json") && !response.body().isEmpty()) {
        body = JSON.readTree(response.body());
      }
      return new Reply(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

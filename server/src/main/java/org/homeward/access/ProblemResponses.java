package org.homeward.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem+json written by security filters, which answer before Spring MVC (and its
 * problem handling) is reached.
 */
final class ProblemResponses {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  static void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "https://homeward.invalid/problems/" + type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}

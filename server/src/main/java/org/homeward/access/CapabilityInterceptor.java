package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks, before any controller runs, that the user has the capability the endpoint declares with
 * {@link Requires}. An endpoint that declares nothing is refused: forgetting a policy closes the
 * door instead of opening it.
 */
@Component
class CapabilityInterceptor implements HandlerInterceptor {
  private static final Logger log = LoggerFactory.getLogger(CapabilityInterceptor.class);
  private final AccessPolicy policy;

  CapabilityInterceptor(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || isFramework(method)) {
      return true;
    }
    Requires requires = method.getMethodAnnotation(Requires.class);
    if (requires == null) {
      log.error("Endpoint {} declares no @Requires; refused", method.getShortLogMessage());
      throw new AccessDeniedException("This endpoint has no access policy.");
    }
    policy.require(requires.value());
    return true;
  }

  /** Spring's own endpoints (error page, OpenAPI document) are guarded by the security chain. */
  static boolean isFramework(HandlerMethod method) {
    String type = method.getBeanType().getName();
    return !type.startsWith("org.homeward.");
  }
}

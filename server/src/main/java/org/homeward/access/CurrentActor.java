package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The user on whose behalf the current request or command runs, and where the request came from:
 * what the audit trail records as "who, from where".
 */
@Component
public class CurrentActor {
  /** Name used for work the system does by itself, such as loading the demo caseload. */
  public static final String SYSTEM = "system";

  public String username() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
  }

  /** The signed-in user's agency, or null for the system or a user without one. */
  public UUID agencyId() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof HomewardUser user
        ? user.agencyId()
        : null;
  }

  /** The client's network address, or null outside a web request. */
  public String clientAddress() {
    HttpServletRequest request = currentRequest();
    return request == null ? null : request.getRemoteAddr();
  }

  /** The id of the current web request (see {@link RequestIds}), or null outside one. */
  public String requestId() {
    HttpServletRequest request = currentRequest();
    return request == null ? null : (String) request.getAttribute(RequestIds.ATTRIBUTE);
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
        ? attrs.getRequest()
        : null;
  }
}

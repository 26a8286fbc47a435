package org.homeward.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user on whose behalf the current request or command runs. */
@Component
public class CurrentActor {
  /** Name used for work the system does by itself, such as loading the demo caseload. */
  public static final String SYSTEM = "system";

  public String username() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
  }
}

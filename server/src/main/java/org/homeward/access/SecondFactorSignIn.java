package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The step between password and access: a user who must pass a second factor is signed in with one
 * authority only, "second factor pending", which opens the code page and nothing else. The full
 * authorities are granted when the code is right.
 */
final class SecondFactorSignIn implements AuthenticationSuccessHandler {
  static final String PENDING = "SECOND_FACTOR_PENDING";
  static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

  private final SecondFactor secondFactor;
  private final ExternalAccounts externalAccounts;
  private final SavedRequestAwareAuthenticationSuccessHandler granted =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SecondFactorSignIn(SecondFactor secondFactor, ExternalAccounts externalAccounts) {
    this.secondFactor = secondFactor;
    this.externalAccounts = externalAccounts;
    granted.setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
      throws IOException, jakarta.servlet.ServletException {
    Authentication auth = signedIn;
    if (signedIn instanceof OAuth2AuthenticationToken external) {
      HomewardUser local = externalAccounts == null ? null : externalAccounts.localUserOf(external);
      if (local == null) {
        SecurityContextHolder.clearContext();
        request.getSession().invalidate();
        response.sendRedirect(request.getContextPath() + "/login?external-unknown");
        return;
      }
      auth = UsernamePasswordAuthenticationToken.authenticated(local, null, local.getAuthorities());
      if (!secondFactor.applies(local.getUsername())) {
        save(auth, request, response);
      }
    }
    if (!secondFactor.applies(auth.getName())) {
      granted.onAuthenticationSuccess(request, response, auth);
      return;
    }
    save(
        UsernamePasswordAuthenticationToken.authenticated(
            auth.getPrincipal(), null, List.of(new SimpleGrantedAuthority(PENDING))),
        request,
        response);
    String next = secondFactor.enrolled(auth.getName()) ? "/login/second-factor" : "/login/enrol";
    response.sendRedirect(request.getContextPath() + next);
  }

  /** Grants the user's own authorities, on a new session id. */
  static void complete(
      HomewardUser user, HttpServletRequest request, HttpServletResponse response) {
    request.changeSessionId();
    save(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
        request,
        response);
  }

  private static void save(
      Authentication auth, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    CONTEXTS.saveContext(context, request, response);
  }

  static boolean isPending(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()));
  }
}

package org.homeward.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password alone never opens the API to a user who has (or must have) a second factor. Such a
 * user creates an API token once, sending the password with a current code in the X-Homeward-OTP
 * header, and uses the token from then on.
 */
class SecondFactorApiFilter extends OncePerRequestFilter {
  static final String HEADER = "X-Homeward-OTP";
  static final String TOKEN_DETAILS = "api-token";

  private final SecondFactor secondFactor;
  private final AuditTrail audit;

  SecondFactorApiFilter(SecondFactor secondFactor, AuditTrail audit) {
    this.secondFactor = secondFactor;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean byPassword =
        auth != null
            && auth.isAuthenticated()
            && !TOKEN_DETAILS.equals(auth.getDetails())
            && auth.getPrincipal() instanceof HomewardUser;
    if (!byPassword || !secondFactor.applies(auth.getName())) {
      chain.doFilter(request, response);
      return;
    }
    boolean creatingToken =
        "POST".equals(request.getMethod()) && "/api/v1/me/tokens".equals(request.getRequestURI());
    if (creatingToken && secondFactor.verify(auth.getName(), request.getHeader(HEADER))) {
      chain.doFilter(request, response);
      return;
    }
    audit.record(
        "SECOND_FACTOR_REQUIRED", "User", auth.getName(), "path=" + request.getRequestURI());
    SecurityContextHolder.clearContext();
    ProblemResponses.write(
        response,
        401,
        "second-factor-required",
        "Second factor required",
        "This account signs in with a second factor. Create an API token (POST /api/v1/me/tokens"
            + " with your password and the current code in X-Homeward-OTP) and use it as a Bearer"
            + " token.");
  }
}

package org.homeward.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs API requests in with {@code Authorization: Bearer hw_...}. A forged, revoked or expired
 * token gets 401 and is audited; the request goes no further.
 */
class BearerTokenFilter extends OncePerRequestFilter {
  private final ApiTokens tokens;
  private final UserAccounts accounts;
  private final AuditTrail audit;

  BearerTokenFilter(ApiTokens tokens, UserAccounts accounts, AuditTrail audit) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<HomewardUser> user = userOf(header.substring(7).strip());
    if (user.isEmpty()) {
      audit.record("TOKEN_REJECTED", "ApiToken", null, "path=" + request.getRequestURI());
      SecurityConfiguration.unauthorized(request, response, null);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    UsernamePasswordAuthenticationToken auth =
        UsernamePasswordAuthenticationToken.authenticated(
            user.get(), null, user.get().getAuthorities());
    // marks the request as signed in by token, which the second-factor check accepts
    auth.setDetails(SecondFactorApiFilter.TOKEN_DETAILS);
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private Optional<HomewardUser> userOf(String secret) {
    Optional<UUID> owner = tokens.ownerOf(secret);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    try {
      HomewardUser user = accounts.userById(owner.get());
      return user.isEnabled() && user.isAccountNonLocked() ? Optional.of(user) : Optional.empty();
    } catch (UsernameNotFoundException e) {
      return Optional.empty();
    }
  }
}

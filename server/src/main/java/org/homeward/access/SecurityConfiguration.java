package org.homeward.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Nothing answers without authentication, except the health check, the sign-in page and static
 * assets. The API takes HTTP Basic credentials and keeps no session; the web UI signs in with a
 * form, a session cookie and CSRF tokens.
 */
@Configuration
class SecurityConfiguration {
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today, and able to verify hashes of older or newer algorithms after an upgrade
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  // The filter chains exist only in a web server; command-line jobs still need the encoder.
  @Bean
  @Order(1)
  @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
  SecurityFilterChain api(
      HttpSecurity http,
      ApiTokens tokens,
      UserAccounts accounts,
      SecondFactor secondFactor,
      org.homeward.audit.AuditTrail audit)
      throws Exception {
    http.securityMatcher("/api/**")
        .addFilterBefore(
            new BearerTokenFilter(tokens, accounts, audit),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .addFilterAfter(
            new SecondFactorApiFilter(secondFactor, audit),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(SecurityConfiguration::unauthorized)
                    .accessDeniedHandler(SecurityConfiguration::forbidden))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // no cookies are read on the API, so there is no session for a forged request to ride on
        .csrf(csrf -> csrf.disable())
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    return http.build();
  }

  @Bean
  @Order(2)
  @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
  SecurityFilterChain web(
      HttpSecurity http,
      SecondFactor secondFactor,
      ExternalAccounts externalAccounts,
      Rejections rejections,
      org.springframework.beans.factory.ObjectProvider<
              org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
          externalProviders)
      throws Exception {
    SecondFactorSignIn signIn = new SecondFactorSignIn(secondFactor, externalAccounts);
    // OpenID Connect sign-in is on only when a provider is configured by properties
    // (spring.security.oauth2.client.registration.<id>.* and ...provider.<id>.issuer-uri).
    if (externalProviders.getIfAvailable() != null) {
      http.oauth2Login(oidc -> oidc.loginPage("/login").successHandler(signIn));
    }
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/oauth2/**",
                        "/login/oauth2/**",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/error")
                    .permitAll()
                    .requestMatchers("/login/second-factor", "/login/enrol")
                    .hasAuthority(SecondFactorSignIn.PENDING)
                    .anyRequest()
                    .access(SecurityConfiguration::fullySignedIn))
        .formLogin(form -> form.loginPage("/login").successHandler(signIn).permitAll())
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (request, response, denied) -> {
                      if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
                        rejections.csrf(request);
                      } else {
                        rejections.forbidden(request);
                      }
                      response.sendError(HttpStatus.FORBIDDEN.value());
                    }))
        .logout(Customizer.withDefaults())
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** Signed in, and not still owing the second factor. */
  private static org.springframework.security.authorization.AuthorizationDecision fullySignedIn(
      java.util.function.Supplier<? extends org.springframework.security.core.Authentication> auth,
      Object context) {
    org.springframework.security.core.Authentication a = auth.get();
    boolean granted =
        a != null
            && a.isAuthenticated()
            && !(a
                instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
            && !SecondFactorSignIn.isPending(a);
    return new org.springframework.security.authorization.AuthorizationDecision(granted);
  }

  static void forbidden(
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.security.access.AccessDeniedException e)
      throws java.io.IOException {
    ProblemResponses.write(
        response,
        HttpStatus.FORBIDDEN.value(),
        "forbidden",
        "Forbidden",
        "Your roles do not allow this.");
  }

  static void unauthorized(
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.security.core.AuthenticationException e)
      throws java.io.IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Homeward\"");
    ProblemResponses.write(
        response,
        HttpStatus.UNAUTHORIZED.value(),
        "unauthenticated",
        "Sign-in required",
        "Send valid credentials (HTTP Basic or a Bearer API token).");
  }
}

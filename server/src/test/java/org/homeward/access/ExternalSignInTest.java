package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in through an external OpenID Connect provider, configured by properties only. No provider
 * runs here, so the test checks the hand-off to it and the mapping of what it returns.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.security.oauth2.client.registration.keycloak.client-id=homeward",
      "spring.security.oauth2.client.registration.keycloak.client-secret=not-a-real-secret",
      "spring.security.oauth2.client.registration.keycloak.client-name=Keycloak",
      "spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
      "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.provider.keycloak.authorization-uri=http://127.0.0.1:9/realms/homeward/auth",
      "spring.security.oauth2.client.provider.keycloak.token-uri=http://127.0.0.1:9/realms/homeward/token",
      "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=http://127.0.0.1:9/realms/homeward/certs",
      "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username"
    })
@AutoConfigureMockMvc
class ExternalSignInTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired SecondFactor secondFactor;
  @Autowired ExternalAccounts externalAccounts;

  @Test
  void signInPageOffersTheConfiguredProvider() throws Exception {
    String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("/oauth2/authorization/keycloak").contains("Sign in with Keycloak");
  }

  @Test
  void externalSignInStartsAtTheProvidersAuthorizationEndpoint() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/oauth2/authorization/keycloak")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl())
        .startsWith("http://127.0.0.1:9/realms/homeward/auth")
        .contains("client_id=homeward")
        .contains("scope=openid");
  }

  @Test
  void providerUserIsSignedInAsTheLocalAccountOfTheSameName() throws Exception {
    String registrar = TestAccounts.of(context).registrar();
    MockHttpServletRequest request = new MockHttpServletRequest();
    MockHttpServletResponse response = new MockHttpServletResponse();

    new SecondFactorSignIn(secondFactor, externalAccounts)
        .onAuthenticationSuccess(request, response, external(registrar.toUpperCase()));

    assertThat(response.getRedirectedUrl()).isEqualTo("/");
    assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
        .isInstanceOfSatisfying(
            HomewardUser.class, u -> assertThat(u.getUsername()).isEqualTo(registrar));
    SecurityContextHolder.clearContext();
  }

  @Test
  void providerUserWithoutALocalAccountGetsNoAccess() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest();
    MockHttpServletResponse response = new MockHttpServletResponse();

    new SecondFactorSignIn(secondFactor, externalAccounts)
        .onAuthenticationSuccess(request, response, external("stranger-from-the-provider"));

    assertThat(response.getRedirectedUrl()).isEqualTo("/login?external-unknown");
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
  }

  private static OAuth2AuthenticationToken external(String preferredUsername) {
    OidcIdToken token =
        new OidcIdToken(
            "id-token",
            Instant.now(),
            Instant.now().plusSeconds(60),
            Map.of("sub", "provider-subject-1", "preferred_username", preferredUsername));
    DefaultOidcUser user = new DefaultOidcUser(List.of(), token, "preferred_username");
    return new OAuth2AuthenticationToken(user, List.of(), "keycloak");
  }
}

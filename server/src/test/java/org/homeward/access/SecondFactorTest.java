package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** TOTP: required for administrators and vetting officers, in the web UI and on the API. */
@HomewardIntegrationTest
@AutoConfigureMockMvc
class SecondFactorTest {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired SecondFactor secondFactor;

  AccessFixture fixture;
  TestAccounts accounts;

  @BeforeEach
  void fixture() {
    fixture = new AccessFixture(context);
    accounts = fixture.accounts;
  }

  private String vettingOfficer(String name) {
    return accounts.user(
        name + "-" + fixture.suffix,
        Role.VETTING_OFFICER,
        "Tajik ministry " + fixture.suffix,
        "GOVERNMENT",
        "TJK");
  }

  @Test
  void codesMatchTheTestVectorsOfRfc6238() {
    byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    assertThat(Totp.code(key, 59 / 30, 8)).isEqualTo("94287082");
    assertThat(Totp.code(key, 1111111109L / 30, 8)).isEqualTo("07081804");
    assertThat(Totp.code(key, 20000000000L / 30, 8)).isEqualTo("65353130");
  }

  @Test
  void aCodeWorksOnceAndOnlyNearItsTime() {
    String secret = Totp.newSecret();
    Instant now = Instant.parse("2026-11-29T10:00:15Z");
    String code = SecondFactor.codeAt(secret, now);

    assertThat(Totp.accept(secret, code, now, null)).isPresent();
    assertThat(Totp.accept(secret, code, now, Totp.step(now))).isEmpty();
    assertThat(Totp.accept(secret, code, now.plusSeconds(120), null)).isEmpty();
    assertThat(Totp.accept(secret, "12345", now, null)).isEmpty();
  }

  @Test
  void passwordAloneDoesNotOpenTheApiToAVettingOfficer() {
    String officer = vettingOfficer("api-vetting");

    ApiClient.Reply reply = ApiClient.as(port, officer).get("/api/v1/me");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.text("/title")).isEqualTo("Second factor required");
  }

  @Test
  void tokenNeedsAFreshCodeAndAReplayedCodeIsRefused() {
    String officer = vettingOfficer("token-vetting");
    String secret = accounts.enrolled(officer);
    String code = accounts.nextUnusedCode(officer, secret);
    ApiClient byPassword = ApiClient.as(port, officer);

    ApiClient.Reply first =
        byPassword.postWithHeader(
            "/api/v1/me/tokens", Map.of("name", "script"), "X-Homeward-OTP", code);
    ApiClient.Reply replay =
        byPassword.postWithHeader(
            "/api/v1/me/tokens", Map.of("name", "script"), "X-Homeward-OTP", code);
    ApiClient.Reply withToken = ApiClient.bearer(port, first.text("/secret")).get("/api/v1/me");

    assertThat(first.status()).isEqualTo(201);
    assertThat(replay.status()).isEqualTo(401);
    assertThat(withToken.status()).isEqualTo(200);
  }

  @Test
  void webSignInAsksForTheCodeAfterThePassword() throws Exception {
    String officer = vettingOfficer("web-vetting");
    String secret = accounts.enrolled(officer);

    MvcResult signIn =
        mvc.perform(formLogin("/login").user(officer).password(TestAccounts.password(officer)))
            .andReturn();
    MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();
    int beforeCode =
        mvc.perform(get("/persons").session(session)).andReturn().getResponse().getStatus();
    MvcResult code =
        mvc.perform(
                post("/login/second-factor")
                    .session(session)
                    .with(csrf())
                    .param("code", accounts.nextUnusedCode(officer, secret)))
            .andReturn();
    int afterCode =
        mvc.perform(get("/persons").session(session)).andReturn().getResponse().getStatus();

    assertThat(signIn.getResponse().getRedirectedUrl()).endsWith("/login/second-factor");
    assertThat(beforeCode).isEqualTo(403);
    assertThat(code.getResponse().getRedirectedUrl()).isEqualTo("/");
    assertThat(afterCode).isEqualTo(200);
  }

  @Test
  void wrongCodeKeepsTheUserOut() throws Exception {
    String officer = vettingOfficer("wrong-code");
    accounts.enrolled(officer);

    MvcResult signIn =
        mvc.perform(formLogin("/login").user(officer).password(TestAccounts.password(officer)))
            .andReturn();
    MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();
    mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "000000"));

    assertThat(mvc.perform(get("/persons").session(session)).andReturn().getResponse().getStatus())
        .isEqualTo(403);
  }

  @Test
  void obligedUserWithoutAnAppIsLedThroughEnrolment() throws Exception {
    String officer = vettingOfficer("enrol-vetting");

    MvcResult signIn =
        mvc.perform(formLogin("/login").user(officer).password(TestAccounts.password(officer)))
            .andReturn();
    MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();
    String page =
        mvc.perform(get("/login/enrol").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String secret = page.replaceAll("(?s).*id=\"totp-secret\"[^>]*>([A-Z2-7]+)<.*", "$1");
    MvcResult confirmed =
        mvc.perform(
                post("/login/enrol")
                    .session(session)
                    .with(csrf())
                    .param("code", accounts.nextUnusedCode(officer, secret)))
            .andReturn();

    assertThat(signIn.getResponse().getRedirectedUrl()).endsWith("/login/enrol");
    assertThat(page).contains("otpauth://totp/");
    assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/");
    assertThat(secondFactor.enrolled(officer)).isTrue();
  }

  @Test
  void registrarWithoutASecondFactorSignsInWithThePassword() throws Exception {
    String registrar = accounts.registrar();

    MvcResult signIn =
        mvc.perform(formLogin("/login").user(registrar).password(TestAccounts.password(registrar)))
            .andReturn();

    assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/");
  }

  @Test
  void exemptDemoAccountSkipsTheSecondFactor() {
    String officer = vettingOfficer("demo-vetting");

    secondFactor.exempt(officer);

    assertThat(secondFactor.applies(officer)).isFalse();
    assertThat(ApiClient.as(port, officer).get("/api/v1/me").status()).isEqualTo(200);
  }
}

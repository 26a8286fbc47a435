package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.PersonInput;
import org.homeward.registry.RegistryService;
import org.homeward.testing.HomewardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application itself declares, for every role, against a person in the user's
 * scope and one outside it. An endpoint without an access policy fails the test; a role reaching
 * what its capabilities do not allow fails it; a person out of scope that answers anything but 404
 * fails it.
 */
@HomewardIntegrationTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {
  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired RegistryService registry;
  @Autowired org.homeward.repatriation.RepatriationService cases;
  @Autowired Agencies agencies;

  UUID stateAgency;
  UUID custodianAgency;
  UUID inScope;
  UUID outOfScope;

  /** One endpoint: method, path pattern and the handler that answers it. */
  record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
    Capability required() {
      Requires requires = handler.getMethodAnnotation(Requires.class);
      return requires == null ? null : requires.value();
    }

    boolean aboutAPerson() {
      return pattern.contains("/persons/{id}");
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  @BeforeEach
  void fixtures() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    stateAgency = agencies.register("Matrix ministry " + suffix, "GOVERNMENT", "TJK").id();
    custodianAgency = agencies.register("Matrix custodian " + suffix, "CUSTODIAN", null).id();
    UUID facility =
        registry.registerFacility("Matrix camp " + suffix, "CAMP", "SYR", custodianAgency).id();
    inScope = person("Матрица Внутри", "TJK", facility.toString());
    cases.open(inScope, "so that endpoints about the case have one to answer with");
    outOfScope = person("Матрица Снаружи", "KAZ", null);
  }

  private UUID person(String name, String nationality, String facility) {
    return registry
        .register(
            new PersonInput(
                List.of(new PersonInput.NameInput(name, null, null, null)),
                "FEMALE",
                null,
                List.of(new PersonInput.NationalityInput(nationality, null)),
                null,
                facility,
                null,
                null,
                null))
        .id();
  }

  List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      if (!e.getValue().getBeanType().getName().startsWith("org.homeward.")) {
        continue;
      }
      Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
      for (String pattern : e.getKey().getPatternValues()) {
        for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, e.getValue()));
        }
      }
    }
    return endpoints;
  }

  @Test
  void everyEndpointDeclaresAnAccessPolicy() {
    List<Endpoint> undeclared = endpoints().stream().filter(e -> e.required() == null).toList();

    assertThat(endpoints()).hasSizeGreaterThan(20);
    assertThat(undeclared).as("endpoints without @Requires").isEmpty();
  }

  @Test
  void everyRoleGetsExactlyWhatItsCapabilitiesAllowOnEveryEndpoint() throws Exception {
    List<String> wrong = new ArrayList<>();
    int cases = 0;
    for (Endpoint endpoint : endpoints()) {
      for (Role role : Role.values()) {
        for (UUID person :
            endpoint.aboutAPerson() ? List.of(inScope, outOfScope) : List.of(inScope)) {
          cases++;
          int status = call(endpoint, role, person);
          String problem = judge(endpoint, role, person, status);
          if (problem != null) {
            wrong.add(
                endpoint
                    + " as "
                    + role
                    + (person == outOfScope ? " (out of scope)" : "")
                    + ": "
                    + problem);
          }
        }
      }
    }
    System.out.println(
        "Authorization matrix: " + cases + " cases over " + endpoints().size() + " endpoints");

    assertThat(cases).isGreaterThan(200);
    assertThat(wrong).isEmpty();
  }

  private String judge(Endpoint endpoint, Role role, UUID person, int status) {
    boolean allowed = Permissions.has(Set.of(role), endpoint.required());
    if (!allowed) {
      return status == 403 ? null : "expected 403, got " + status;
    }
    if (status == 401 || status == 403 || status >= 500) {
      return "expected access, got " + status;
    }
    if (endpoint.aboutAPerson() && person.equals(outOfScope) && status != 404) {
      return "expected 404 for a person out of scope, got " + status;
    }
    if (endpoint.aboutAPerson()
        && person.equals(inScope)
        && status == 404
        && endpoint.method() == HttpMethod.GET) {
      return "a person in scope answered 404";
    }
    return null;
  }

  private int call(Endpoint endpoint, Role role, UUID person) throws Exception {
    String path =
        endpoint
            .pattern()
            .replace("{id}", person.toString())
            .replace("{username}", "nobody-" + role.name().toLowerCase())
            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    HomewardUser user =
        new HomewardUser(
            UUID.randomUUID(),
            "matrix-" + role.name().toLowerCase(),
            "unused",
            true,
            true,
            List.of(new SimpleGrantedAuthority(role.authority())),
            role == Role.CUSTODIAN ? custodianAgency : stateAgency,
            role == Role.CUSTODIAN ? null : "TJK");
    var request =
        MockMvcRequestBuilders.request(endpoint.method(), path)
            .with(user(user))
            .with(csrf())
            .header("If-Match", "\"1\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}");
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }
}

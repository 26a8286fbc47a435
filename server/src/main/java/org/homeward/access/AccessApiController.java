package org.homeward.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.common.FieldErrors;
import org.homeward.common.InvalidInputException;
import org.homeward.common.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agencies, users, roles and one's own API tokens over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access")
class AccessApiController {
  private final Agencies agencies;
  private final UserAccounts accounts;
  private final ApiTokens tokens;

  AccessApiController(Agencies agencies, UserAccounts accounts, ApiTokens tokens) {
    this.agencies = agencies;
    this.accounts = accounts;
    this.tokens = tokens;
  }

  record AgencyInput(String name, String kind, String stateCode) {}

  record UserInput(String username, String password, UUID agencyId, List<String> roles) {
    @Override
    public String toString() {
      return "UserInput[username=" + username + "]";
    }
  }

  record RolesInput(List<String> roles) {}

  record EnabledInput(Boolean enabled) {}

  record TokenInput(String name, Integer days) {}

  @Requires(Capability.SIGNED_IN)
  @GetMapping("/agencies")
  List<Agency> agencies() {
    return agencies.all();
  }

  @Requires(Capability.ADMINISTER)
  @PostMapping("/agencies")
  @Operation(summary = "Register an agency of a state, a custodian or an international body")
  ResponseEntity<Agency> createAgency(@RequestBody AgencyInput input) {
    AgencyInput body = RequestBodies.required(input);
    Agency agency = agencies.register(body.name(), body.kind(), body.stateCode());
    return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.id())).body(agency);
  }

  @Requires(Capability.ADMINISTER)
  @GetMapping("/users")
  List<UserAccounts.Account> users() {
    return accounts.all();
  }

  @Requires(Capability.ADMINISTER)
  @PostMapping("/users")
  @Operation(summary = "Create a user of an agency with one or more roles")
  ResponseEntity<UserAccounts.Account> createUser(@RequestBody UserInput input) {
    UserInput body = RequestBodies.required(input);
    UserAccounts.Account account =
        accounts.create(body.username(), body.password(), roles(body.roles()), body.agencyId());
    return ResponseEntity.created(URI.create("/api/v1/users/" + account.username())).body(account);
  }

  @Requires(Capability.ADMINISTER)
  @PutMapping("/users/{username}/roles")
  UserAccounts.Account setRoles(@PathVariable String username, @RequestBody RolesInput input) {
    return accounts.setRoles(username, roles(RequestBodies.required(input).roles()));
  }

  @Requires(Capability.ADMINISTER)
  @PutMapping("/users/{username}/enabled")
  @Operation(summary = "Enable (and unlock) or disable a user")
  UserAccounts.Account setEnabled(@PathVariable String username, @RequestBody EnabledInput input) {
    Boolean enabled = RequestBodies.required(input).enabled();
    if (enabled == null) {
      throw new InvalidInputException("enabled", "true or false");
    }
    return accounts.setEnabled(username, enabled);
  }

  @Requires(Capability.SIGNED_IN)
  @GetMapping("/me")
  Map<String, Object> me(@AuthenticationPrincipal HomewardUser user) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("username", user.getUsername());
    me.put("agencyId", user.agencyId());
    me.put("stateCode", user.stateCode());
    me.put(
        "roles",
        user.getAuthorities().stream().map(a -> a.getAuthority().substring(5)).sorted().toList());
    return me;
  }

  @Requires(Capability.SIGNED_IN)
  @GetMapping("/me/tokens")
  List<ApiTokens.TokenInfo> myTokens(@AuthenticationPrincipal HomewardUser user) {
    return tokens.of(user.userId());
  }

  @Requires(Capability.SIGNED_IN)
  @PostMapping("/me/tokens")
  @Operation(summary = "Create an API token; the secret is shown in this response only")
  ResponseEntity<Map<String, Object>> createToken(
      @AuthenticationPrincipal HomewardUser user, @RequestBody TokenInput input) {
    TokenInput body = RequestBodies.required(input);
    ApiTokens.NewToken token = tokens.create(user.userId(), body.name(), body.days());
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("token", token.info());
    reply.put("secret", token.secret());
    return ResponseEntity.status(HttpStatus.CREATED).body(reply);
  }

  @Requires(Capability.SIGNED_IN)
  @DeleteMapping("/me/tokens/{id}")
  ResponseEntity<Void> revokeToken(
      @AuthenticationPrincipal HomewardUser user, @PathVariable UUID id) {
    tokens.revoke(user.userId(), id);
    return ResponseEntity.noContent().build();
  }

  static Set<Role> roles(List<String> names) {
    FieldErrors errors = new FieldErrors();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<String> given = names == null ? List.of() : new ArrayList<>(names);
    for (int i = 0; i < given.size(); i++) {
      Role role = errors.requiredEnum(Role.class, given.get(i), "roles[" + i + "]");
      if (role != null) {
        roles.add(role);
      }
    }
    errors.throwIfAny();
    return roles;
  }
}

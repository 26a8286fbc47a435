package org.homeward.access;

import java.util.Locale;
import org.homeward.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Maps a sign-in through an external OpenID Connect provider (e.g. Keycloak) to a local account: by
 * a claim (preferred_username by default) naming the Homeward user. A person the provider knows but
 * Homeward does not gets no access: accounts, agencies and roles are managed here.
 */
@Component
class ExternalAccounts {
  private final UserAccounts accounts;
  private final AuditTrail audit;
  private final String usernameClaim;

  ExternalAccounts(
      UserAccounts accounts,
      AuditTrail audit,
      @Value("${homeward.oidc.username-claim:preferred_username}") String usernameClaim) {
    this.accounts = accounts;
    this.audit = audit;
    this.usernameClaim = usernameClaim;
  }

  /** The enabled, unlocked local user the external sign-in names, or null. */
  HomewardUser localUserOf(OAuth2AuthenticationToken external) {
    Object claim = external.getPrincipal().getAttributes().get(usernameClaim);
    String username = claim == null ? null : claim.toString().strip().toLowerCase(Locale.ROOT);
    String provider = external.getAuthorizedClientRegistrationId();
    try {
      HomewardUser user = username == null ? null : accounts.loadUserByUsername(username);
      if (user != null && user.isEnabled() && user.isAccountNonLocked()) {
        audit.record("SIGNED_IN_EXTERNALLY", "User", user.getUsername(), "provider=" + provider);
        return user;
      }
    } catch (UsernameNotFoundException e) {
      // refused below, the same way as a disabled account
    }
    audit.record("EXTERNAL_SIGN_IN_REFUSED", "User", null, "provider=" + provider);
    return null;
  }
}

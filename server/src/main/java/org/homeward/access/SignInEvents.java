package org.homeward.access;

import org.homeward.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords toward the lock-out and writes sign-ins to the audit trail: every failure,
 * and every interactive (form) success. API calls authenticate on each request, so their successes
 * would flood the trail; they are not recorded one by one.
 */
@Component
class SignInEvents {
  private final UserAccounts accounts;
  private final AuditTrail audit;

  SignInEvents(UserAccounts accounts, AuditTrail audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      accounts.recordFailedSignIn(username);
    }
    String reason =
        event instanceof AuthenticationFailureLockedEvent
            ? "locked"
            : event.getException().getClass().getSimpleName();
    // the name a client typed may be anything; only a known account's name is recorded
    String target = accounts.exists(username) ? username : null;
    audit.record("SIGN_IN_FAILED", "User", target, "reason=" + reason);
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
  }

  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    audit.record("SIGNED_IN", "User", event.getAuthentication().getName(), null);
  }
}

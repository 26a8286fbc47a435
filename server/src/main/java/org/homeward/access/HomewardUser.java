package org.homeward.access;

import java.util.Collection;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's user plus the agency, and its state, they work for. */
public class HomewardUser extends User {
  private final UUID userId;
  private final UUID agencyId;
  private final String stateCode;

  public HomewardUser(
      UUID userId,
      String username,
      String passwordHash,
      boolean enabled,
      boolean accountNonLocked,
      Collection<? extends GrantedAuthority> authorities,
      UUID agencyId,
      String stateCode) {
    super(username, passwordHash, enabled, true, true, accountNonLocked, authorities);
    this.userId = userId;
    this.agencyId = agencyId;
    this.stateCode = stateCode;
  }

  /** ISO alpha-3 of the state the user's agency belongs to; null for custodians and others. */
  public String stateCode() {
    return stateCode;
  }

  public UUID userId() {
    return userId;
  }

  public UUID agencyId() {
    return agencyId;
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}

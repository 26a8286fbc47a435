package org.homeward.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides who may do what and see which person's which fields. Web, API, search
 * and exports ask it; none decides by itself. Persons out of a user's scope do not exist for that
 * user: the registry answers "not found", never "forbidden".
 */
@Component
public class AccessPolicy {

  /** The signed-in user's roles; the system's own work (no user, no request) has every role. */
  public Set<Role> roles() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return isSystem() ? EnumSet.allOf(Role.class) : EnumSet.noneOf(Role.class);
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority a : auth.getAuthorities()) {
      for (Role r : Role.values()) {
        if (r.authority().equals(a.getAuthority())) {
          roles.add(r);
        }
      }
    }
    return roles;
  }

  public boolean has(Capability capability) {
    if (capability == Capability.SECOND_FACTOR) {
      return SecondFactorSignIn.isPending(SecurityContextHolder.getContext().getAuthentication());
    }
    return Permissions.has(roles(), capability);
  }

  public void require(Capability capability) {
    if (!has(capability)) {
      throw new AccessDeniedException("Your roles do not allow this.");
    }
  }

  public PersonScope personScope() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return isSystem() ? PersonScope.system() : PersonScope.nothing();
    }
    if (!has(Capability.PERSON_READ) || !(auth.getPrincipal() instanceof HomewardUser user)) {
      return PersonScope.nothing();
    }
    return new PersonScope(
        false, user.stateCode() == null ? Set.of() : Set.of(user.stateCode()), user.agencyId());
  }

  /**
   * Whose persons the current user's aggregate figures count: the same as their person scope; for
   * an analyst (aggregates only, always with disclosure control) the nationals of their state, or
   * the whole caseload for an analyst of an agency of no state (an international oversight body).
   */
  public PersonScope statisticsScope() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return isSystem() ? PersonScope.system() : PersonScope.nothing();
    }
    if (has(Capability.PERSON_READ)) {
      return personScope();
    }
    if (!has(Capability.STATISTICS_READ) || !(auth.getPrincipal() instanceof HomewardUser user)) {
      return PersonScope.nothing();
    }
    if (user.stateCode() == null) {
      return PersonScope.system();
    }
    return new PersonScope(
        false, user.stateCode() == null ? Set.of() : Set.of(user.stateCode()), user.agencyId());
  }

  /**
   * Field groups of a person the current user may read and write. Vetting is readable only by
   * vetting officers of a state whose nationality the person claims or holds.
   */
  public FieldAccess fieldsFor(Collection<String> personNationalities) {
    Set<Role> roles = roles();
    Set<FieldGroup> read = EnumSet.noneOf(FieldGroup.class);
    read.addAll(Permissions.readable(roles));
    Set<FieldGroup> write = EnumSet.noneOf(FieldGroup.class);
    write.addAll(Permissions.writable(roles));
    if (!isSystem() && !ownState(personNationalities)) {
      read.remove(FieldGroup.VETTING);
      write.remove(FieldGroup.VETTING);
    }
    return new FieldAccess(read, write);
  }

  /** The signed-in user's agency, or null. */
  public UUID agencyId() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof HomewardUser user
        ? user.agencyId()
        : null;
  }

  private boolean ownState(Collection<String> nationalities) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getPrincipal() instanceof HomewardUser user
        && user.stateCode() != null
        && nationalities.contains(user.stateCode());
  }

  private static boolean isSystem() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return (auth == null || !auth.isAuthenticated())
        && RequestContextHolder.getRequestAttributes() == null;
  }
}

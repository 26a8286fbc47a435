package org.homeward.registry;

import java.util.Objects;
import org.homeward.access.FieldAccess;
import org.homeward.access.FieldGroup;
import org.homeward.common.ForbiddenFieldException;

/**
 * Applies a change to a person group by group: a group the client did not send keeps its values; a
 * group the user may write takes the new ones; a group the user may only read must come back
 * unchanged; a group the user may not read must not be sent at all (comparing it would tell the
 * user what it holds).
 */
final class FieldGroupMerge {
  private FieldGroupMerge() {}

  static PersonDetails merge(
      PersonDetails before, PersonInput input, PersonDetails proposed, FieldAccess access) {
    boolean identity =
        take(FieldGroup.IDENTITY, "names", true, sameIdentity(before, proposed), access);
    boolean location =
        take(
            FieldGroup.LOCATION,
            "custodyStatus",
            input.facilityId() != null
                || input.custodyStatus() != null
                || input.handedToState() != null,
            Objects.equals(before.facilityId(), proposed.facilityId())
                && before.custodyStatus() == proposed.custodyStatus()
                && Objects.equals(before.handedToState(), proposed.handedToState()),
            access);
    boolean documents =
        take(
            FieldGroup.DOCUMENTS,
            "documents",
            input.documents() != null,
            before.documents().equals(proposed.documents()),
            access);
    boolean health =
        take(
            FieldGroup.HEALTH,
            "vulnerabilities",
            input.vulnerabilities() != null,
            before.vulnerabilities().equals(proposed.vulnerabilities()),
            access);
    PersonDetails idSource = identity ? proposed : before;
    PersonDetails locationSource = location ? proposed : before;
    return new PersonDetails(
        idSource.names(),
        idSource.sex(),
        idSource.birthDate(),
        idSource.nationalities(),
        documents ? proposed.documents() : before.documents(),
        locationSource.facilityId(),
        locationSource.custodyStatus(),
        locationSource.handedToState(),
        health ? proposed.vulnerabilities() : before.vulnerabilities());
  }

  /** Whether to take the proposed values of a group; refuses a change the user may not make. */
  private static boolean take(
      FieldGroup group, String field, boolean sent, boolean unchanged, FieldAccess access) {
    if (!sent) {
      return false;
    }
    if (access.mayWrite(group)) {
      return true;
    }
    if (access.mayRead(group) && unchanged) {
      return false;
    }
    throw new ForbiddenFieldException(field);
  }

  private static boolean sameIdentity(PersonDetails a, PersonDetails b) {
    return a.names().equals(b.names())
        && a.sex() == b.sex()
        && Objects.equals(a.birthDate(), b.birthDate())
        && a.nationalities().equals(b.nationalities());
  }
}

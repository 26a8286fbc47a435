package org.homeward.access;

import static org.homeward.access.FieldGroup.DOCUMENTS;
import static org.homeward.access.FieldGroup.FAMILY;
import static org.homeward.access.FieldGroup.HEALTH;
import static org.homeward.access.FieldGroup.IDENTITY;
import static org.homeward.access.FieldGroup.LOCATION;
import static org.homeward.access.FieldGroup.NOTES;
import static org.homeward.access.FieldGroup.VETTING;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role table: which capabilities and field groups each role has. One table, read by the policy;
 * nothing else decides.
 */
final class Permissions {
  private Permissions() {}

  private record Grant(Set<Capability> capabilities, Set<FieldGroup> read, Set<FieldGroup> write) {}

  private static final Set<Capability> PERSON_VIEW =
      EnumSet.of(Capability.SIGNED_IN, Capability.PERSON_READ, Capability.STATISTICS_READ);

  private static final Map<Role, Grant> GRANTS =
      Map.of(
          Role.REGISTRAR,
          new Grant(
              with(
                  PERSON_VIEW,
                  Capability.PERSON_REGISTER,
                  Capability.PERSON_UPDATE,
                  Capability.FAMILY_WRITE,
                  Capability.NOTES_WRITE,
                  Capability.SHARE,
                  Capability.CASE_WRITE,
                  Capability.PERSON_EXPORT),
              EnumSet.of(IDENTITY, LOCATION, FAMILY, DOCUMENTS, HEALTH, NOTES),
              EnumSet.of(IDENTITY, LOCATION, FAMILY, DOCUMENTS, HEALTH, NOTES)),
          Role.VETTING_OFFICER,
          new Grant(
              with(PERSON_VIEW, Capability.VETTING_WRITE),
              EnumSet.of(IDENTITY, LOCATION, FAMILY, DOCUMENTS, VETTING),
              EnumSet.of(VETTING)),
          Role.OPERATIONS_COORDINATOR,
          new Grant(
              with(
                  PERSON_VIEW,
                  Capability.PERSON_UPDATE,
                  Capability.SHARE,
                  Capability.CASE_WRITE,
                  Capability.CASE_APPROVE,
                  Capability.TRANSFER_DECIDE,
                  Capability.OPERATION_PLAN,
                  Capability.PERSON_EXPORT),
              EnumSet.of(IDENTITY, LOCATION, FAMILY, DOCUMENTS, HEALTH),
              EnumSet.of(LOCATION)),
          Role.REINTEGRATION_OFFICER,
          new Grant(
              with(PERSON_VIEW, Capability.PERSON_UPDATE, Capability.NOTES_WRITE),
              EnumSet.of(IDENTITY, LOCATION, FAMILY, DOCUMENTS, HEALTH, NOTES),
              EnumSet.of(HEALTH, NOTES)),
          Role.PARTNER_AUTHORITY,
          new Grant(
              with(PERSON_VIEW, Capability.TRANSFER_REQUEST),
              EnumSet.of(IDENTITY, LOCATION, FAMILY, DOCUMENTS),
              EnumSet.noneOf(FieldGroup.class)),
          Role.CUSTODIAN,
          new Grant(
              with(PERSON_VIEW, Capability.PERSON_UPDATE),
              EnumSet.of(IDENTITY, LOCATION, FAMILY),
              EnumSet.of(LOCATION)),
          Role.ANALYST,
          new Grant(
              EnumSet.of(Capability.SIGNED_IN, Capability.STATISTICS_READ),
              EnumSet.noneOf(FieldGroup.class),
              EnumSet.noneOf(FieldGroup.class)),
          Role.AUDITOR,
          new Grant(
              EnumSet.of(Capability.SIGNED_IN, Capability.AUDIT_READ),
              EnumSet.noneOf(FieldGroup.class),
              EnumSet.noneOf(FieldGroup.class)),
          Role.ADMINISTRATOR,
          new Grant(
              EnumSet.of(Capability.SIGNED_IN, Capability.ADMINISTER, Capability.REFERENCE_WRITE),
              EnumSet.noneOf(FieldGroup.class),
              EnumSet.noneOf(FieldGroup.class)));

  private static Set<Capability> with(Set<Capability> base, Capability... more) {
    EnumSet<Capability> all = EnumSet.copyOf(base);
    all.addAll(Set.of(more));
    return all;
  }

  static boolean has(Collection<Role> roles, Capability capability) {
    return capability == Capability.PUBLIC
        || roles.stream().anyMatch(r -> GRANTS.get(r).capabilities().contains(capability));
  }

  static Set<FieldGroup> readable(Collection<Role> roles) {
    EnumSet<FieldGroup> groups = EnumSet.noneOf(FieldGroup.class);
    roles.forEach(r -> groups.addAll(GRANTS.get(r).read()));
    return groups;
  }

  static Set<FieldGroup> writable(Collection<Role> roles) {
    EnumSet<FieldGroup> groups = EnumSet.noneOf(FieldGroup.class);
    roles.forEach(r -> groups.addAll(GRANTS.get(r).write()));
    return groups;
  }
}

package org.homeward.access;

/**
 * What an endpoint needs. Every web endpoint declares one with {@link Requires}; an endpoint
 * without a declaration is refused, and the authorization matrix test fails.
 */
public enum Capability {
  /** Anyone, signed in or not: the sign-in page. */
  PUBLIC,
  /** A user who gave the right password and still owes the second factor: the code page only. */
  SECOND_FACTOR,
  /** Any signed-in user: their own account, tokens, reference lists. */
  SIGNED_IN,
  /** Read persons within the user's scope. */
  PERSON_READ,
  /** Register a new person. */
  PERSON_REGISTER,
  /** Change a person's fields, limited to the field groups the user may write. */
  PERSON_UPDATE,
  /** Record family links. */
  FAMILY_WRITE,
  /** Record a vetting outcome. */
  VETTING_WRITE,
  /** Write case notes. */
  NOTES_WRITE,
  /** Share a record with another agency. */
  SHARE,
  /** Open repatriation cases and move them through their stages. */
  CASE_WRITE,
  /** Approve a case someone else proposed (the second pair of eyes). */
  CASE_APPROVE,
  /** Ask for named persons on behalf of another state (partner authorities). */
  TRANSFER_REQUEST,
  /** Accept or decline a transfer request. */
  TRANSFER_DECIDE,
  /** Plan operations and build their manifests. */
  OPERATION_PLAN,
  /** Register facilities. */
  REFERENCE_WRITE,
  /** Manage agencies, users and roles. */
  ADMINISTER,
  /** Read and export the audit trail. */
  AUDIT_READ,
  /** Aggregate figures over the persons in the user's statistics scope, never rows. */
  STATISTICS_READ,
  /** Export person-level rows, with a stated reason, audited. */
  PERSON_EXPORT
}

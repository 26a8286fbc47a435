package org.homeward.access;

public enum AgencyKind {
  /** A ministry, consular department or child-protection agency of a state. */
  GOVERNMENT,
  /** The authority running camps or prisons. */
  CUSTODIAN,
  INTERNATIONAL,
  NON_GOVERNMENTAL
}

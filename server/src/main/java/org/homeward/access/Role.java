package org.homeward.access;

/** The roles of DESIGN.md; a user may hold several. */
public enum Role {
  REGISTRAR,
  VETTING_OFFICER,
  OPERATIONS_COORDINATOR,
  REINTEGRATION_OFFICER,
  PARTNER_AUTHORITY,
  CUSTODIAN,
  ANALYST,
  AUDITOR,
  ADMINISTRATOR;

  public String authority() {
    return "ROLE_" + name();
  }
}

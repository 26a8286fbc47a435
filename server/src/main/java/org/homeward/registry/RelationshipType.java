package org.homeward.registry;

/** A typed link read as "from TYPE to", e.g. "A MOTHER_OF B". */
public enum RelationshipType {
  MOTHER_OF(false),
  FATHER_OF(false),
  GUARDIAN_OF(false),
  SIBLING_OF(true),
  SPOUSE_OF(true);

  private final boolean symmetric;

  RelationshipType(boolean symmetric) {
    this.symmetric = symmetric;
  }

  public boolean isSymmetric() {
    return symmetric;
  }

  public boolean isParental() {
    return this == MOTHER_OF || this == FATHER_OF;
  }

  /** Relationships that bind people who must move together (see Household). */
  public boolean bindsHousehold() {
    return this == MOTHER_OF || this == GUARDIAN_OF || this == SIBLING_OF;
  }
}

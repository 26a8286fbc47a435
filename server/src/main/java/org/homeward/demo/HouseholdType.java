package org.homeward.demo;

/** The compositions a generated household can have; weights are in {@code household-types.tsv}. */
enum HouseholdType {
  MOTHER_WITH_CHILDREN,
  /** The father is alive and identified, held apart in a prison. */
  MOTHER_WITH_CHILDREN_AND_FATHER,
  GRANDMOTHER_MOTHER_CHILDREN,
  /** The mother is dead or missing; the grandmother looks after the children. */
  GRANDMOTHER_WITH_GRANDCHILDREN,
  /** Orphans placed with an unrelated woman from the same country. */
  SEPARATED_CHILDREN_WITH_GUARDIAN,
  /** Orphans with no adult caring for them, e.g. in a camp's orphan section. */
  UNACCOMPANIED_CHILDREN,
  WOMAN_ALONE,
  MAN_ALONE
}

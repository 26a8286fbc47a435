package org.homeward.access;

/** Groups of a person's fields that roles may read or write as a whole. */
public enum FieldGroup {
  /** Names, sex, birth date, nationalities. */
  IDENTITY,
  /** Facility, custody status and its history, the state a person was handed to. */
  LOCATION,
  /** Relationships and household. */
  FAMILY,
  /** Identity documents. */
  DOCUMENTS,
  /** Vulnerability flags: unaccompanied child, medical, disability, pregnancy. */
  HEALTH,
  /** Security vetting outcome; readable only by vetting officers of the person's own state. */
  VETTING,
  /** Case notes. */
  NOTES
}

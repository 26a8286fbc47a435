package org.homeward.repatriation;

/** Whether a person on the manifest left on the day of the operation, and if not, why. */
public enum Departure {
  DEPARTED,
  ABSENT,
  ILL,
  REFUSED,
  OTHER
}

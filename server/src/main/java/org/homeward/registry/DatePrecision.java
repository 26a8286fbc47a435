package org.homeward.registry;

/** How much of a birth date is known; lists from camps often give only a year or an age. */
public enum DatePrecision {
  EXACT,
  MONTH,
  YEAR,
  /** Estimated from an age the person (or a relative) stated on a given day. */
  ESTIMATED
}

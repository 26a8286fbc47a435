package org.homeward.repatriation;

/** What nationality verification rests on. */
public enum NationalityEvidence {
  DOCUMENT,
  DNA_CONFIRMED_PARENT,
  OFFICIAL_CONFIRMATION
}

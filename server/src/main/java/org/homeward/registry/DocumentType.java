package org.homeward.registry;

public enum DocumentType {
  PASSPORT,
  NATIONAL_ID,
  BIRTH_CERTIFICATE,
  TRAVEL_DOCUMENT,
  OTHER
}

package org.homeward.registry;

public enum CustodyStatus {
  HELD,
  IN_TRANSIT,
  REPATRIATED,
  HANDED_TO_THIRD_STATE,
  RELEASED,
  DECEASED,
  MISSING
}

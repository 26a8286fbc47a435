package org.homeward.registry;

public enum Sex {
  FEMALE,
  MALE,
  UNKNOWN
}

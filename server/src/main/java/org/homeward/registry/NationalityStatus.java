package org.homeward.registry;

public enum NationalityStatus {
  CLAIMED,
  VERIFIED
}

package org.homeward.registry;

public enum VettingOutcome {
  PENDING,
  CLEARED,
  REFERRED,
  NOT_CLEARED
}

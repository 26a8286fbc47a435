package org.homeward.registry;

public enum Evidence {
  DECLARED,
  DOCUMENTED,
  DNA_CONFIRMED
}

package org.homeward.registry;

public enum FacilityKind {
  CAMP,
  PRISON,
  HOSPITAL,
  REHABILITATION_CENTRE
}

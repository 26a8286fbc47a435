package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A registered individual. The version counts changes and guards against lost updates: a change is
 * accepted only against the version it was based on.
 */
public record Person(
    UUID id,
    int version,
    PersonDetails details,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public Integer ageOn(LocalDate day) {
    return details.birthDate() == null ? null : details.birthDate().ageOn(day);
  }

  @Override
  public String toString() {
    return "Person[id=" + id + ", version=" + version + "]";
  }
}

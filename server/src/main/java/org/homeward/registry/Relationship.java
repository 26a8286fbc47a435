package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/** "from TYPE to", e.g. a mother and her child, with the evidence the link rests on. */
public record Relationship(
    UUID id,
    UUID fromPersonId,
    RelationshipType type,
    UUID toPersonId,
    Evidence evidence,
    Instant recordedAt,
    String recordedBy) {

  public UUID other(UUID personId) {
    return fromPersonId.equals(personId) ? toPersonId : fromPersonId;
  }
}

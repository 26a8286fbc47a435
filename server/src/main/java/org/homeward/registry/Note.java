package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/** A case note on a person. */
public record Note(UUID id, String text, String writtenBy, Instant writtenAt) {
  @Override
  public String toString() {
    return "Note[id=" + id + "]";
  }
}

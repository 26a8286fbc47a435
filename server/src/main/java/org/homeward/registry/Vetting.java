package org.homeward.registry;

import java.time.Instant;

/** A security vetting outcome, visible only to vetting officers of the person's own state. */
public record Vetting(
    VettingOutcome outcome, String remarks, String recordedBy, Instant recordedAt) {
  @Override
  public String toString() {
    return "Vetting[outcome=" + outcome + "]";
  }
}

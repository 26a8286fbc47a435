package org.homeward.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One movement of people home: when, where custody passes, to which states, how many seats.
 *
 * @param executedAt when the coordinator recorded who left; null until executed
 */
public record Operation(
    UUID id,
    String name,
    LocalDate plannedDate,
    String handoverPoint,
    List<String> receivingStates,
    int capacity,
    Status status,
    Instant executedAt) {

  public enum Status {
    PLANNED,
    CONFIRMED,
    EXECUTED,
    CLOSED,
    CANCELLED
  }

  boolean isActive() {
    return status == Status.PLANNED || status == Status.CONFIRMED;
  }
}

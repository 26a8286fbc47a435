package org.homeward.repatriation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counts of an executed operation, all taken from its handovers: by receiving state, sex and
 * age group on the day of the handover.
 *
 * @param notLeaving persons on the manifest who did not leave, by reason
 * @param personsNotVisible handed-over persons outside the caller's scope, left out of the counts
 */
public record OperationSummary(
    UUID operationId,
    String name,
    Operation.Status status,
    Instant executedAt,
    int departed,
    Map<Departure, Integer> notLeaving,
    List<Count> counts,
    Map<String, Integer> byReceivingState,
    int personsNotVisible) {

  /** Age groups of the public statement: children under 12, 12 to 17, adults, or not known. */
  public enum AgeGroup {
    UNDER_12,
    FROM_12_TO_17,
    ADULT,
    UNKNOWN
  }

  /** One cell: how many persons of this sex and age group went to this state. */
  public record Count(
      String receivingState,
      boolean thirdState,
      org.homeward.registry.Sex sex,
      AgeGroup ageGroup,
      int persons) {}
}

package org.homeward.repatriation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Custody of persons passes from one authority to another: who handed them over and who received
 * them, where and when, and the officials who signed on each side. A person's handovers form their
 * chain of custody.
 *
 * @param thirdState the receiving state is not the home state but a state that requested the
 *     persons
 */
public record Handover(
    UUID id,
    UUID operationId,
    String receivingState,
    boolean thirdState,
    String fromAuthority,
    String toAuthority,
    String place,
    Instant handedOverAt,
    List<String> fromOfficials,
    List<String> toOfficials,
    List<UUID> personIds) {

  public Handover {
    fromOfficials = List.copyOf(fromOfficials);
    toOfficials = List.copyOf(toOfficials);
    personIds = List.copyOf(personIds);
  }

  @Override
  public String toString() {
    return "Handover[id=" + id + ", persons=" + personIds.size() + "]";
  }
}

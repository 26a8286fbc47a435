package org.homeward.repatriation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Chains of custody and timelines over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Timelines")
class TimelineApiController {
  private final Timelines timelines;
  private final OperationExecution execution;

  TimelineApiController(Timelines timelines, OperationExecution execution) {
    this.timelines = timelines;
    this.execution = execution;
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}/custody-chain")
  @Operation(summary = "The handovers a person was part of, oldest first")
  List<Handover> custodyChain(@PathVariable UUID id) {
    return execution.chainOfCustody(id);
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}/timeline")
  @Operation(summary = "Everything that happened to a person that the caller may see")
  List<Timelines.Entry> personTimeline(@PathVariable UUID id) {
    return timelines.ofPerson(id);
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/states/{code}/operations")
  @Operation(summary = "All operations bound for a state, with their counts")
  List<Timelines.StateOperation> stateTimeline(@PathVariable String code) {
    return timelines.ofState(code);
  }
}

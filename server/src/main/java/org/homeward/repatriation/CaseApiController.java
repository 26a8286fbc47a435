package org.homeward.repatriation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.RequestBodies;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Repatriation cases over HTTP. */
@RestController
@RequestMapping("/api/v1/persons/{id}")
@Tag(name = "Repatriation cases")
class CaseApiController {
  private final RepatriationService cases;

  CaseApiController(RepatriationService cases) {
    this.cases = cases;
  }

  record ReasonInput(String reason) {}

  record StepInput(String step, String reason, String evidenceKind, String evidenceRef) {}

  record CaseView(
      UUID id, UUID personId, CaseStage stage, String proposedBy, List<CaseTransition> history) {
    static CaseView of(RepatriationCase c) {
      return new CaseView(c.id(), c.personId(), c.stage(), c.proposedBy(), c.history());
    }
  }

  @Requires(Capability.CASE_WRITE)
  @PostMapping("/case")
  @Operation(summary = "Open the person's repatriation case (stage IDENTIFIED)")
  ResponseEntity<CaseView> open(@PathVariable UUID id, @RequestBody ReasonInput input) {
    RepatriationCase c = cases.open(id, RequestBodies.required(input).reason());
    return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/case"))
        .body(CaseView.of(c));
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/case")
  @Operation(summary = "The person's case: stage and history")
  CaseView get(@PathVariable UUID id) {
    return CaseView.of(cases.of(id));
  }

  @Requires(Capability.CASE_WRITE)
  @PostMapping("/case/steps")
  @Operation(
      summary =
          "Move the case: VERIFY_NATIONALITY (with evidenceKind and evidenceRef), MARK_VETTED,"
              + " PROPOSE_APPROVAL, HOLD, DECLINE or REOPEN; every step needs a reason")
  CaseView step(@PathVariable UUID id, @RequestBody StepInput input) {
    StepInput body = RequestBodies.required(input);
    return CaseView.of(
        cases.step(id, body.step(), body.reason(), body.evidenceKind(), body.evidenceRef()));
  }

  @Requires(Capability.CASE_APPROVE)
  @PostMapping("/case/approval")
  @Operation(summary = "Approve a proposed case; nobody approves their own proposal")
  CaseView approve(@PathVariable UUID id, @RequestBody ReasonInput input) {
    return CaseView.of(cases.approve(id, RequestBodies.required(input).reason()));
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/household/cases")
  @Operation(summary = "The case stages of the person's household, side by side, with blockers")
  List<RepatriationService.MemberStage> household(@PathVariable UUID id) {
    return cases.householdStages(id);
  }
}

package org.homeward.repatriation;

import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.ConflictException;
import org.homeward.common.InvalidInputException;
import org.homeward.common.NotFoundException;
import org.homeward.registry.RegistryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case panel of a person's page, loaded and updated in place with htmx, so that the registry's
 * page needs to know nothing about cases.
 */
@Controller
class CasePageController {
  private final RepatriationService cases;
  private final RegistryService registry;
  private final AccessPolicy access;
  private final OperationExecution execution;
  private final Timelines timelines;

  CasePageController(
      RepatriationService cases,
      RegistryService registry,
      AccessPolicy access,
      OperationExecution execution,
      Timelines timelines) {
    this.cases = cases;
    this.registry = registry;
    this.access = access;
    this.execution = execution;
    this.timelines = timelines;
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}/case-panel")
  String panel(@PathVariable UUID id, Model model) {
    return render(id, model, List.of());
  }

  @Requires(Capability.CASE_WRITE)
  @PostMapping("/persons/{id}/case")
  String open(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
    return attempt(id, model, () -> cases.open(id, reason));
  }

  @Requires(Capability.CASE_WRITE)
  @PostMapping("/persons/{id}/case/steps")
  String step(
      @PathVariable UUID id,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String evidenceKind,
      @RequestParam(required = false) String evidenceRef,
      Model model) {
    return attempt(
        id, model, () -> cases.step(id, step, reason, blankToNull(evidenceKind), evidenceRef));
  }

  @Requires(Capability.CASE_APPROVE)
  @PostMapping("/persons/{id}/case/approval")
  String approve(
      @PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
    return attempt(id, model, () -> cases.approve(id, reason));
  }

  private String attempt(UUID id, Model model, Runnable change) {
    registry.get(id);
    try {
      change.run();
      return render(id, model, List.of());
    } catch (InvalidInputException e) {
      return render(
          id, model, e.errors().stream().map(err -> err.field() + ": " + err.expected()).toList());
    } catch (ConflictException e) {
      return render(id, model, List.of(e.getMessage()));
    }
  }

  private String render(UUID id, Model model, List<String> errors) {
    RepatriationCase c;
    try {
      c = cases.of(id);
    } catch (NotFoundException e) {
      registry.get(id);
      c = null;
    }
    model.addAttribute("personId", id);
    model.addAttribute("repatriationCase", c);
    model.addAttribute("caseErrors", errors);
    model.addAttribute("mayWrite", access.has(Capability.CASE_WRITE));
    model.addAttribute("mayApprove", access.has(Capability.CASE_APPROVE));
    model.addAttribute("steps", RepatriationService.Step.values());
    model.addAttribute("evidenceKinds", NationalityEvidence.values());
    model.addAttribute("custodyChain", execution.chainOfCustody(id));
    model.addAttribute("timeline", timelines.ofPerson(id));
    return "cases/panel :: panel";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

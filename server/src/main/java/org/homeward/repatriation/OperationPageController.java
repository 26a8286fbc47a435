package org.homeward.repatriation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.ConflictException;
import org.homeward.common.InvalidInputException;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RegistryService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's pages: plan an operation, build its manifest, confirm it, record the day, and
 * read its statement and documents. Every action goes through the same services as the API.
 */
@Controller
class OperationPageController {
  private final Operations operations;
  private final OperationExecution execution;
  private final OperationReports reports;
  private final OperationDocuments documents;
  private final RegistryService registry;
  private final Timelines timelines;

  OperationPageController(
      Operations operations,
      OperationExecution execution,
      OperationReports reports,
      OperationDocuments documents,
      RegistryService registry,
      Timelines timelines) {
    this.operations = operations;
    this.execution = execution;
    this.reports = reports;
    this.documents = documents;
    this.registry = registry;
    this.timelines = timelines;
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/operations")
  String list(@RequestParam(required = false) String state, Model model) {
    if (state != null && !state.isBlank()) {
      try {
        model.addAttribute("stateTimeline", timelines.ofState(state));
        model.addAttribute("state", state.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (InvalidInputException e) {
        return renderList(model, messages(e));
      }
    }
    return renderList(model, List.of());
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/operations")
  String plan(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String plannedDate,
      @RequestParam(required = false) String handoverPoint,
      @RequestParam(required = false) String receivingStates,
      @RequestParam(required = false) Integer capacity,
      Model model) {
    List<String> states =
        receivingStates == null || receivingStates.isBlank()
            ? List.of()
            : Arrays.stream(receivingStates.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    try {
      Operation o = operations.plan(name, plannedDate, handoverPoint, states, capacity);
      return "redirect:/operations/" + o.id();
    } catch (InvalidInputException e) {
      return renderList(model, messages(e));
    }
  }

  private String renderList(Model model, List<String> errors) {
    model.addAttribute("operations", operations.all());
    model.addAttribute("errors", errors);
    return "operations/list";
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/operations/{id}")
  String view(@PathVariable UUID id, Model model) {
    return render(id, model, List.of());
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/operations/{id}/candidates")
  String candidates(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
    operations.get(id);
    model.addAttribute("operationId", id);
    model.addAttribute(
        "candidates",
        q == null || q.isBlank()
            ? List.of()
            : registry.search(q.strip(), 20).stream().map(h -> h.person()).toList());
    return "operations/view :: candidates";
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/operations/{id}/manifest")
  String add(
      @PathVariable UUID id,
      @RequestParam(name = "personId", required = false) List<UUID> personIds,
      @RequestParam(required = false) String exceptionReason,
      Model model) {
    List<Operations.Addition> additions = new ArrayList<>();
    if (personIds != null) {
      personIds.forEach(p -> additions.add(new Operations.Addition(p, exceptionReason)));
    }
    return attempt(id, model, () -> operations.add(id, additions));
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/operations/{id}/confirmation")
  String confirm(@PathVariable UUID id, Model model) {
    return attempt(id, model, () -> operations.confirm(id));
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/operations/{id}/cancellation")
  String cancel(@PathVariable UUID id, Model model) {
    return attempt(id, model, () -> operations.cancel(id));
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/operations/{id}/closure")
  String close(@PathVariable UUID id, Model model) {
    return attempt(id, model, () -> operations.close(id));
  }

  /**
   * The day as the form sends it: {@code outcome.PERSON} (DEPARTED or why not) and {@code
   * note.PERSON} per person; per receiving state {@code STATE.from}, {@code .to}, {@code .place},
   * {@code .at}, and {@code .fromOfficials} / {@code .toOfficials} one name per line.
   */
  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/operations/{id}/execution")
  String execute(
      @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
    Operation o = operations.get(id);
    List<OperationExecution.NotLeaving> notLeaving = new ArrayList<>();
    for (UUID person : operations.manifest(id).stream().map(PersonSummary::id).toList()) {
      String outcome = form.getFirst("outcome." + person);
      if (outcome != null && !outcome.equals(Departure.DEPARTED.name())) {
        notLeaving.add(
            new OperationExecution.NotLeaving(person, outcome, form.getFirst("note." + person)));
      }
    }
    List<OperationExecution.HandoverInput> handovers = new ArrayList<>();
    for (String state : o.receivingStates()) {
      if (!"on".equals(form.getFirst(state + ".used"))) {
        continue;
      }
      handovers.add(
          new OperationExecution.HandoverInput(
              state,
              form.getFirst(state + ".from"),
              form.getFirst(state + ".to"),
              form.getFirst(state + ".place"),
              form.getFirst(state + ".at"),
              lines(form.getFirst(state + ".fromOfficials")),
              lines(form.getFirst(state + ".toOfficials"))));
    }
    return attempt(id, model, () -> execution.execute(id, notLeaving, handovers));
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping(value = "/operations/{id}/manifest.pdf", produces = "application/pdf")
  ResponseEntity<byte[]> manifestPdf(@PathVariable UUID id) {
    return OperationApiController.pdf(documents.manifest(id), "manifest-" + id + ".pdf");
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping(value = "/operations/{id}/handovers/{handoverId}.pdf", produces = "application/pdf")
  ResponseEntity<byte[]> certificatePdf(@PathVariable UUID id, @PathVariable UUID handoverId) {
    return OperationApiController.pdf(
        documents.handoverCertificate(id, handoverId), "handover-" + handoverId + ".pdf");
  }

  private String attempt(UUID id, Model model, Supplier<?> change) {
    operations.get(id);
    try {
      change.get();
      return "redirect:/operations/" + id;
    } catch (InvalidInputException e) {
      return render(id, model, messages(e));
    } catch (ConflictException e) {
      return render(id, model, List.of(e.getMessage()));
    }
  }

  private String render(UUID id, Model model, List<String> errors) {
    Operation o = operations.get(id);
    model.addAttribute("operation", o);
    model.addAttribute("manifest", operations.manifest(id));
    model.addAttribute(
        "warnings", o.isActive() ? operations.check(id).warnings() : List.<String>of());
    model.addAttribute("errors", errors);
    model.addAttribute("departures", Departure.values());
    model.addAttribute(
        "defaultTime",
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString());
    boolean executed =
        o.status() == Operation.Status.EXECUTED || o.status() == Operation.Status.CLOSED;
    if (executed) {
      model.addAttribute("handovers", execution.handoversOf(id));
      Map<String, String> statements = new LinkedHashMap<>();
      OperationSummary summary = null;
      for (OperationReports.Statement st : reports.statements(id, PublicStatement.LANGUAGES)) {
        statements.put(st.language(), st.text());
        summary = st.summary();
      }
      model.addAttribute("statements", statements);
      model.addAttribute("summary", summary);
    }
    model.addAttribute("executed", executed);
    model.addAttribute("outcomes", operations.outcomes(id));
    return "operations/view";
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
  }

  private static List<String> messages(InvalidInputException e) {
    return e.errors().stream().map(err -> err.field() + ": " + err.expected()).toList();
  }
}

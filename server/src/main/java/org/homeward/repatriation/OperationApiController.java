package org.homeward.repatriation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.RequestBodies;
import org.homeward.registry.PersonSummary;
import org.homeward.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations and manifests over HTTP. */
@RestController
@RequestMapping("/api/v1/operations")
@Tag(name = "Operations")
class OperationApiController {
  private final Operations operations;

  private final OperationExecution execution;
  private final OperationReports reports;
  private final OperationDocuments documents;

  OperationApiController(
      Operations operations,
      OperationExecution execution,
      OperationReports reports,
      OperationDocuments documents) {
    this.operations = operations;
    this.execution = execution;
    this.reports = reports;
    this.documents = documents;
  }

  static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
    return Downloads.attachment(body, "application/pdf", filename);
  }

  record PlanInput(
      String name,
      String plannedDate,
      String handoverPoint,
      List<String> receivingStates,
      Integer capacity) {}

  record ManifestInput(List<Operations.Addition> persons) {}

  record ExecutionInput(
      List<OperationExecution.NotLeaving> notLeaving,
      List<OperationExecution.HandoverInput> handovers) {}

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping
  @Operation(summary = "Plan an operation: name, date, handover point, receiving states, capacity")
  ResponseEntity<org.homeward.repatriation.Operation> plan(@RequestBody PlanInput input) {
    PlanInput body = RequestBodies.required(input);
    org.homeward.repatriation.Operation o =
        operations.plan(
            body.name(),
            body.plannedDate(),
            body.handoverPoint(),
            body.receivingStates(),
            body.capacity());
    return ResponseEntity.created(URI.create("/api/v1/operations/" + o.id())).body(o);
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping
  @Operation(summary = "All operations, by planned date")
  List<org.homeward.repatriation.Operation> all() {
    return operations.all();
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/{operationId}")
  org.homeward.repatriation.Operation get(@PathVariable UUID operationId) {
    return operations.get(operationId);
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/{operationId}/manifest")
  List<PersonSummary> manifest(@PathVariable UUID operationId) {
    return operations.manifest(operationId);
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/{operationId}/manifest/check")
  @Operation(summary = "The manifest's broken rules (block confirmation) and warnings (do not)")
  Operations.Check check(@PathVariable UUID operationId) {
    return operations.check(operationId);
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/{operationId}/manifest")
  @Operation(
      summary =
          "Add persons; refused whole, naming each broken rule (eligibility, capacity, family"
              + " unity, one active manifest per person)")
  List<PersonSummary> add(@PathVariable UUID operationId, @RequestBody ManifestInput input) {
    return operations.add(operationId, RequestBodies.required(input).persons());
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/{operationId}/confirmation")
  org.homeward.repatriation.Operation confirm(@PathVariable UUID operationId) {
    return operations.confirm(operationId);
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/{operationId}/cancellation")
  org.homeward.repatriation.Operation cancel(@PathVariable UUID operationId) {
    return operations.cancel(operationId);
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/{operationId}/execution")
  @Operation(
      summary =
          "Record the day: who did not leave and why, and one handover per receiving state; custody"
              + " status and cases of everyone who left change in the same transaction")
  List<Handover> execute(@PathVariable UUID operationId, @RequestBody ExecutionInput input) {
    ExecutionInput body = RequestBodies.required(input);
    return execution.execute(operationId, body.notLeaving(), body.handovers());
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/{operationId}/handovers")
  List<Handover> handovers(@PathVariable UUID operationId) {
    return execution.handoversOf(operationId);
  }

  @Requires(Capability.OPERATION_PLAN)
  @PostMapping("/{operationId}/closure")
  org.homeward.repatriation.Operation close(@PathVariable UUID operationId) {
    return operations.close(operationId);
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/{operationId}/summary")
  @Operation(summary = "Counts of an executed operation by receiving state, sex and age group")
  OperationSummary summary(@PathVariable UUID operationId) {
    return reports.summary(operationId);
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping("/{operationId}/statement")
  @Operation(summary = "The public statement of an executed operation in en, ru, tg or ar")
  OperationReports.Statement statement(
      @PathVariable UUID operationId,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "en") String lang) {
    return reports.statement(operationId, lang);
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping(value = "/{operationId}/manifest.pdf", produces = "application/pdf")
  @Operation(summary = "The manifest as PDF: names in the receiving authority's script and Latin")
  ResponseEntity<byte[]> manifestPdf(@PathVariable UUID operationId) {
    return pdf(documents.manifest(operationId), "manifest-" + operationId + ".pdf");
  }

  @Requires(Capability.OPERATION_PLAN)
  @GetMapping(
      value = "/{operationId}/handovers/{handoverId}/certificate.pdf",
      produces = "application/pdf")
  @Operation(summary = "The handover certificate as PDF, with the officials' signature lines")
  ResponseEntity<byte[]> certificatePdf(
      @PathVariable UUID operationId, @PathVariable UUID handoverId) {
    return pdf(
        documents.handoverCertificate(operationId, handoverId), "handover-" + handoverId + ".pdf");
  }
}

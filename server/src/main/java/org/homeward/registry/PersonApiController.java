package org.homeward.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.RequestBodies;
import org.homeward.web.Etags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Persons over HTTP: translates requests to the registry service and back, nothing more. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Persons")
class PersonApiController {
  private final RegistryService registry;
  private final Clock clock;

  PersonApiController(RegistryService registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons")
  @Operation(summary = "List persons, filtered, one page at a time (cursor pagination)")
  Map<String, Object> list(
      @RequestParam(required = false) String nationality,
      @RequestParam(required = false) String facilityId,
      @RequestParam(required = false) String custodyStatus,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String ageBand,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int limit) {
    PersonFilter filter = PersonFilters.parse(nationality, facilityId, custodyStatus, sex, ageBand);
    Page<PersonSummary> page = registry.list(filter, cursor, limit);
    return pageBody(page.items().stream().map(PersonSummaryView::of).toList(), page.nextCursor());
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/search")
  @Operation(summary = "Find persons by any spelling of a name, in any script, ranked")
  Map<String, Object> search(
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int limit) {
    List<PersonSummaryView> hits =
        registry.search(q, limit).stream()
            .map(h -> PersonSummaryView.of(h.person(), Math.round(h.score() * 1000) / 1000.0))
            .toList();
    return pageBody(hits, null);
  }

  @Requires(Capability.PERSON_REGISTER)
  @PostMapping("/persons")
  @Operation(summary = "Register a person")
  ResponseEntity<Map<String, Object>> create(@RequestBody PersonInput input) {
    Person person = registry.register(RequestBodies.required(input));
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/persons/" + person.id()))
        .eTag(Etags.of(person.version()))
        .body(view(registry.open(person.id())));
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}")
  @Operation(summary = "Read a person; the ETag header carries the version for If-Match")
  ResponseEntity<Map<String, Object>> get(@PathVariable UUID id) {
    PersonFile file = registry.open(id);
    return ResponseEntity.ok().eTag(Etags.of(file.person().version())).body(view(file));
  }

  @Requires(Capability.PERSON_UPDATE)
  @PutMapping("/persons/{id}")
  @Operation(summary = "Replace a person's details; requires If-Match with the ETag read before")
  ResponseEntity<Map<String, Object>> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PersonInput input) {
    int basedOn = Etags.requireVersion(ifMatch);
    Person person = registry.update(id, basedOn, RequestBodies.required(input));
    return ResponseEntity.ok().eTag(Etags.of(person.version())).body(view(registry.open(id)));
  }

  record VettingInput(String outcome, String remarks) {}

  @Requires(Capability.VETTING_WRITE)
  @PutMapping("/persons/{id}/vetting")
  @Operation(summary = "Record the vetting outcome (vetting officers of the person's own state)")
  Vetting vetting(@PathVariable UUID id, @RequestBody VettingInput input) {
    VettingInput body = RequestBodies.required(input);
    return registry.recordVetting(id, body.outcome(), body.remarks());
  }

  record NoteInput(String text) {}

  @Requires(Capability.NOTES_WRITE)
  @PostMapping("/persons/{id}/notes")
  @Operation(summary = "Add a case note")
  ResponseEntity<Note> note(@PathVariable UUID id, @RequestBody NoteInput input) {
    Note note = registry.addNote(id, RequestBodies.required(input).text());
    return ResponseEntity.status(HttpStatus.CREATED).body(note);
  }

  record ShareInput(UUID agencyId, String reason, String until) {}

  @Requires(Capability.SHARE)
  @PostMapping("/persons/{id}/shares")
  @Operation(summary = "Share a person's record with another agency, for a stated reason")
  ResponseEntity<Share> share(@PathVariable UUID id, @RequestBody ShareInput input) {
    ShareInput body = RequestBodies.required(input);
    Share share = registry.share(id, body.agencyId(), body.reason(), body.until());
    return ResponseEntity.status(HttpStatus.CREATED).body(share);
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}/shares")
  @Operation(summary = "Agencies a person's record is shared with")
  List<Share> shares(@PathVariable UUID id) {
    return registry.sharesOf(id);
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}/custody-history")
  @Operation(summary = "A person's custody status and place over time")
  List<CustodyEvent> custodyHistory(@PathVariable UUID id) {
    return registry.custodyHistory(id);
  }

  private Map<String, Object> view(PersonFile file) {
    UUID facilityId = file.person().details().facilityId();
    return PersonView.of(
        file, facilityId == null ? null : registry.facility(facilityId), LocalDate.now(clock));
  }

  static Map<String, Object> pageBody(List<?> items, String nextCursor) {
    java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("items", items);
    body.put("nextCursor", nextCursor);
    return body;
  }
}

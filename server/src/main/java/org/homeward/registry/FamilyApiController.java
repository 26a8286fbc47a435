package org.homeward.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Family links and households over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Family")
class FamilyApiController {
  private final RegistryService registry;

  FamilyApiController(RegistryService registry) {
    this.registry = registry;
  }

  record RelationshipInput(UUID fromPersonId, String type, UUID toPersonId, String evidence) {}

  @Requires(Capability.FAMILY_WRITE)
  @PostMapping("/relationships")
  @Operation(summary = "Record a family link, read as 'from TYPE to' (e.g. A MOTHER_OF B)")
  ResponseEntity<Relationship> relate(@RequestBody RelationshipInput input) {
    RelationshipInput body = RequestBodies.required(input);
    Relationship link =
        registry.relate(body.fromPersonId(), body.type(), body.toPersonId(), body.evidence());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/persons/" + link.fromPersonId() + "/relationships"))
        .body(link);
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}/relationships")
  @Operation(summary = "A person's family links, both directions")
  List<Relationship> relationships(@PathVariable UUID id) {
    return registry.relationshipsOf(id);
  }

  @Requires(Capability.PERSON_READ)
  @GetMapping("/persons/{id}/household")
  @Operation(summary = "The people who must move together with this person")
  Map<String, Object> household(@PathVariable UUID id) {
    Household household = registry.household(id);
    List<PersonSummaryView> members =
        registry.summaries(List.copyOf(household.memberIds())).stream()
            .map(PersonSummaryView::of)
            .toList();
    return Map.of("personId", id, "members", members, "links", household.links());
  }
}

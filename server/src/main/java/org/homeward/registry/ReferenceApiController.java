package org.homeward.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.Countries;
import org.homeward.common.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Facilities, agencies and states over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data")
class ReferenceApiController {
  private final RegistryService registry;

  ReferenceApiController(RegistryService registry) {
    this.registry = registry;
  }

  record FacilityInput(String name, String kind, String countryCode, UUID custodianAgencyId) {}

  record StateView(String code, String name) {}

  @Requires(Capability.SIGNED_IN)
  @GetMapping("/facilities")
  List<Facility> facilities() {
    return registry.facilities();
  }

  @Requires(Capability.REFERENCE_WRITE)
  @PostMapping("/facilities")
  @Operation(summary = "Register a camp, prison, hospital or rehabilitation centre")
  ResponseEntity<Facility> createFacility(@RequestBody FacilityInput input) {
    FacilityInput body = RequestBodies.required(input);
    Facility facility =
        registry.registerFacility(
            body.name(), body.kind(), body.countryCode(), body.custodianAgencyId());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/facilities/" + facility.id()))
        .body(facility);
  }

  @Requires(Capability.SIGNED_IN)
  @GetMapping("/states")
  @Operation(summary = "States by ISO 3166-1 alpha-3 code")
  List<StateView> states() {
    return Countries.alpha3Codes().stream()
        .map(code -> new StateView(code, Countries.displayName(code, Locale.ENGLISH)))
        .toList();
  }
}

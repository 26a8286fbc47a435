package org.homeward.registry;

import java.util.UUID;

/** A camp, prison, hospital or rehabilitation centre, run by a custodian agency. */
public record Facility(
    UUID id, String name, FacilityKind kind, String countryCode, UUID custodianAgencyId) {}

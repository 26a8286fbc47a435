package org.homeward.access;

import java.util.UUID;

/**
 * An organisation that uses or appears in the system.
 *
 * @param stateCode ISO 3166-1 alpha-3 of the state it belongs to; null for international ones
 */
public record Agency(UUID id, String name, AgencyKind kind, String stateCode) {}

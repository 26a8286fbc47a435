package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/** A person's record shared with an agency outside its usual scope: who, to whom, why, until. */
public record Share(
    UUID id,
    UUID personId,
    UUID agencyId,
    String reason,
    String sharedBy,
    Instant sharedAt,
    Instant expiresAt) {}

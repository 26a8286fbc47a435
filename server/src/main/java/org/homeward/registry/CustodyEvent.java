package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/** One entry in a person's custody history: status and place from a moment on. */
public record CustodyEvent(
    CustodyStatus status, UUID facilityId, String reason, Instant recordedAt, String recordedBy) {}

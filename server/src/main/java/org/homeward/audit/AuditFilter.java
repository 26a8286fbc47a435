package org.homeward.audit;

import java.time.Instant;

/** What an auditor asks of the trail; null means "any". {@code to} is exclusive. */
public record AuditFilter(String actor, String action, String targetId, Instant from, Instant to) {}

package org.homeward.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit event: SHA-256, as lower-case hex, over a canonical encoding of every stored
 * field and the previous event's hash.
 *
 * <p>The encoding is a version tag followed by each field as {@code <UTF-8 byte length>:<value>},
 * or {@code _} for null, separated by {@code |}. Lengths make it unambiguous: no choice of values
 * can make two different events encode alike (say actor "a|b" and action "c" against actor "a" and
 * action "b|c"). The time is UTC with exactly six fractional digits, because PostgreSQL keeps
 * microseconds: an instant with nanoseconds would hash differently after a round trip.
 */
public final class AuditHash {
  /** The link of the first event: there is no previous one. */
  public static final String GENESIS = "0".repeat(64);

  static final String VERSION = "homeward-audit-v1";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditHash() {}

  /** Time as the trail stores it; apply before storing and hashing. */
  public static Instant storable(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  static String of(AuditEvent e) {
    return sha256(canonical(e));
  }

  static String canonical(AuditEvent e) {
    StringBuilder out = new StringBuilder(VERSION);
    field(out, Long.toString(e.seq()));
    field(out, e.id() == null ? null : e.id().toString());
    field(out, e.occurredAt() == null ? null : TIME.format(storable(e.occurredAt())));
    field(out, e.actor());
    field(out, e.agencyId() == null ? null : e.agencyId().toString());
    field(out, e.clientAddress());
    field(out, e.requestId());
    field(out, e.action());
    field(out, e.targetType());
    field(out, e.targetId());
    field(out, e.details());
    field(out, e.beforeJson());
    field(out, e.afterJson());
    field(out, e.prevHash());
    return out.toString();
  }

  private static void field(StringBuilder out, String value) {
    out.append('|');
    if (value == null) {
      out.append('_');
    } else {
      out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

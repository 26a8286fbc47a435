package org.homeward.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditTrail;
import org.homeward.common.InvalidInputException;
import org.homeward.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scripts: created by a user, shown once, stored only as a SHA-256 hash, acting with
 * exactly that user's rights, revocable, and expiring. A token is 256 random bits, so a fast hash
 * is enough: there is nothing to guess, unlike a password.
 */
@Service
public class ApiTokens {
  static final String PREFIX = "hw_";
  static final int MAX_DAYS = 365;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A token as its owner sees it in a list: never the secret. */
  public record TokenInfo(
      UUID id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {}

  /** A new token: the secret is in this object only, once. */
  public record NewToken(TokenInfo info, String secret) {
    @Override
    public String toString() {
      return "NewToken[id=" + info.id() + "]";
    }
  }

  @Transactional
  public NewToken create(UUID userId, String name, Integer days) {
    String checkedName = name == null ? "" : name.strip();
    if (checkedName.isEmpty() || checkedName.length() > 100) {
      throw new InvalidInputException(
          "name", "a name of 1 to 100 characters, saying what the token is for");
    }
    int validDays = days == null ? 90 : days;
    if (validDays < 1 || validDays > MAX_DAYS) {
      throw new InvalidInputException("days", "a validity of 1 to " + MAX_DAYS + " days");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = clock.instant();
    TokenInfo info =
        new TokenInfo(
            UUID.randomUUID(), checkedName, now, now.plus(Duration.ofDays(validDays)), null);
    jdbc.sql(
            "INSERT INTO api_token (id, user_id, name, token_hash, created_at, expires_at)"
                + " VALUES (:id, :user, :name, :hash, :created, :expires)")
        .param("id", info.id())
        .param("user", userId)
        .param("name", info.name())
        .param("hash", hash(secret))
        .param("created", utc(info.createdAt()))
        .param("expires", utc(info.expiresAt()))
        .update();
    audit.record("TOKEN_CREATED", "ApiToken", info.id(), "days=" + validDays);
    return new NewToken(info, secret);
  }

  public List<TokenInfo> of(UUID userId) {
    return jdbc.sql("SELECT * FROM api_token WHERE user_id = :user ORDER BY created_at")
        .param("user", userId)
        .query(
            (rs, n) ->
                new TokenInfo(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    instant(rs.getObject("created_at", OffsetDateTime.class)),
                    instant(rs.getObject("expires_at", OffsetDateTime.class)),
                    instant(rs.getObject("revoked_at", OffsetDateTime.class))))
        .list();
  }

  @Transactional
  public void revoke(UUID userId, UUID tokenId) {
    int changed =
        jdbc.sql(
                "UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user"
                    + " AND revoked_at IS NULL")
            .param("now", utc(clock.instant()))
            .param("id", tokenId)
            .param("user", userId)
            .update();
    if (changed == 0) {
      throw new NotFoundException("Token");
    }
    audit.record("TOKEN_REVOKED", "ApiToken", tokenId, null);
  }

  /** The owner of a valid token: not revoked, not expired. */
  Optional<UUID> ownerOf(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT user_id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL"
                + " AND expires_at > :now")
        .param("hash", hash(secret))
        .param("now", utc(clock.instant()))
        .query(UUID.class)
        .optional();
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}

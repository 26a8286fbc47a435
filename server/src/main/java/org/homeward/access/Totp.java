package org.homeward.access;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as RFC 6238 defines them (HMAC-SHA1, 30-second steps, 6 digits),
 * the form every authenticator app reads. Written here rather than taken from a library: it is
 * twenty lines over the JDK's HMAC, checked against the RFC's own test vectors, and the small TOTP
 * libraries on Maven Central are less maintained than this needs.
 */
final class Totp {
  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;

  /** Steps either side of now that are accepted, for clocks that drift. */
  static final int WINDOW = 1;

  private static final Base32 BASE32 = new Base32();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new 160-bit secret, Base32 as authenticator apps expect. */
  static String newSecret() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return BASE32.encodeToString(bytes).replace("=", "");
  }

  static long step(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  static String code(String base32Secret, long step) {
    return code(BASE32.decode(base32Secret), step, DIGITS);
  }

  static String code(byte[] key, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      int modulo = (int) Math.pow(10, digits);
      return String.format("%0" + digits + "d", binary % modulo);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java platform", e);
    }
  }

  /**
   * The step a code belongs to, if it is valid now and newer than the last step accepted (so a code
   * cannot be replayed).
   */
  static OptionalLong accept(String base32Secret, String code, Instant now, Long lastStep) {
    if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - WINDOW; s <= current + WINDOW; s++) {
      if ((lastStep == null || s > lastStep)
          && java.security.MessageDigest.isEqual(
              code(base32Secret, s).getBytes(), code.strip().getBytes())) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }
}

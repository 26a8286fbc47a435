package org.homeward.web;

import org.homeward.common.InvalidInputException;

/** Versions as HTTP entity tags, for optimistic locking with If-Match. */
public final class Etags {
  private Etags() {}

  public static String of(int version) {
    return "\"" + version + "\"";
  }

  /**
   * The version a client based its change on.
   *
   * @throws PreconditionRequiredException when the header is missing
   */
  public static int requireVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException();
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.matches("\"\\d{1,9}\"")) {
      return Integer.parseInt(tag.substring(1, tag.length() - 1));
    }
    throw new InvalidInputException("If-Match", "the ETag of the version you read, e.g. \"3\"");
  }

  /** A change sent without saying which version it was based on. */
  public static class PreconditionRequiredException extends RuntimeException {
    public PreconditionRequiredException() {
      super(
          "Send If-Match with the ETag of the version you read, so that nobody's change is lost.");
    }
  }
}

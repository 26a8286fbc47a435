package org.homeward.linkage.io;

/**
 * Input that cannot be used: a missing column, a ragged row, a duplicate id, unreadable text. The
 * message names the file, and the line and column where there is one.
 */
public final class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.homeward.common;

/** A request that contradicts data already recorded (a duplicate, a clash). */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}

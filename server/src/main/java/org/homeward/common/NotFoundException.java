package org.homeward.common;

/**
 * A record that does not exist for the caller. The access policy answers the same way for records
 * out of the caller's scope, so the message never says which case it was.
 */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what + " not found");
  }
}

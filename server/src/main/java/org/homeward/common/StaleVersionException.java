package org.homeward.common;

/** A write based on a version of a record that someone else has changed since. */
public class StaleVersionException extends RuntimeException {
  public StaleVersionException(String what) {
    super(what + " was changed by someone else; reload it and apply your change again");
  }
}

package org.homeward.linkage.settings;

/** A settings file that cannot be used; the message names the file, the field and what is wrong. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}

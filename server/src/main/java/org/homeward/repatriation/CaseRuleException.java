package org.homeward.repatriation;

/** A step the case's rules do not allow now; the message says what to do instead. */
public class CaseRuleException extends org.homeward.common.ConflictException {
  public CaseRuleException(String message) {
    super(message);
  }
}

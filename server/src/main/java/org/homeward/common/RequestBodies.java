package org.homeward.common;

/** Request bodies the API requires: an empty body is a field error like any other. */
public final class RequestBodies {
  private RequestBodies() {}

  public static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object");
    }
    return body;
  }
}

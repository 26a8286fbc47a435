package org.homeward.common;

/**
 * One problem with one input field: the field's path as the client wrote it (e.g. {@code
 * names[0].text}) and what was expected there. Never holds the rejected value, which may be
 * personal data.
 */
public record FieldError(String field, String expected) {}

package org.homeward.registry;

/**
 * One way a person's name was written, as a source wrote it.
 *
 * @param script ISO 15924 code of the writing system, e.g. Cyrl, Latn, Arab
 * @param language BCP 47 language tag of the spelling, may be null
 * @param source where this spelling comes from (a list, a document, an interview), may be null
 */
public record NameVariant(String text, String script, String language, String source) {
  public static final int MAX_LENGTH = 300;

  @Override
  public String toString() {
    return "NameVariant[script=" + script + ", language=" + language + "]";
  }
}

package org.homeward.linkage.synth;

/** A family name in its male and female forms (equal where it does not inflect). */
public record Surname(String male, String female) {

  public String forSex(String sex) {
    return "FEMALE".equals(sex) ? female : male;
  }
}

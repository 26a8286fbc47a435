package org.homeward.demo;

/** A family name in its male and female forms (equal where it does not inflect). */
record Surname(String male, String female) {

  String forSex(String sex) {
    return "FEMALE".equals(sex) ? female : male;
  }
}

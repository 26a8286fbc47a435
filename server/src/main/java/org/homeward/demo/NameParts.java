package org.homeward.demo;

/**
 * A person's name as the home ministry knows it, in Cyrillic.
 *
 * @param patronymic null when the ministry list does not carry one
 */
record NameParts(String given, String surname, String patronymic) {}

package org.homeward.linkage.synth;

/**
 * A person's name as the home ministry knows it, in Cyrillic.
 *
 * @param patronymic null when the ministry list does not carry one
 */
public record NameParts(String given, String surname, String patronymic) {}

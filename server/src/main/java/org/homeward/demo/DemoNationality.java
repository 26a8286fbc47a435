package org.homeward.demo;

/**
 * A nationality the generator can assign, from {@code nationalities.tsv}.
 *
 * @param language language tag of the home ministry's Cyrillic list
 * @param patronymicRate share of households whose ministry list carries patronymics
 * @param dualRate share of households also claiming a second nationality
 */
record DemoNationality(String code, String language, double patronymicRate, double dualRate) {}

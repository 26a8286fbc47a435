package org.homeward.demo;

/**
 * A family link, read "fromKey is type of toKey" (e.g. a mother MOTHER_OF her child).
 *
 * @param type MOTHER_OF, FATHER_OF, SIBLING_OF, SPOUSE_OF or GUARDIAN_OF
 * @param evidence DECLARED, DOCUMENTED or DNA_CONFIRMED
 */
public record DemoRelationship(String fromKey, String type, String toKey, String evidence) {}

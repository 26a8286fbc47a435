package org.homeward.demo;

/**
 * A place of detention.
 *
 * @param kind CAMP, PRISON, HOSPITAL or REHABILITATION_CENTRE
 * @param countryCode ISO 3166-1 alpha-3, "SYR" for all demo facilities
 */
public record DemoFacility(
    String key, String name, String kind, String countryCode, String custodianAgency) {}

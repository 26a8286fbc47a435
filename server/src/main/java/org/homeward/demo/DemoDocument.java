package org.homeward.demo;

/**
 * An identity document.
 *
 * @param type PASSPORT, NATIONAL_ID or BIRTH_CERTIFICATE
 * @param issuingCountry ISO 3166-1 alpha-3
 */
public record DemoDocument(String type, String number, String issuingCountry) {}

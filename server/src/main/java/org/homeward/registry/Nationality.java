package org.homeward.registry;

/** A nationality a person claims, or one the home state has verified. */
public record Nationality(String countryCode, NationalityStatus status) {}

package org.homeward.registry;

/**
 * A person found by name, with how well the name matched (0..1) and how many of the query's words
 * were found.
 */
public record SearchHit(PersonSummary person, double score, int matchedWords, int queryWords) {}

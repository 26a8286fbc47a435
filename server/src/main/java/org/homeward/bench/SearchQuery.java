package org.homeward.bench;

import java.util.UUID;

/**
 * One search of the benchmark: a spelling of a known person's name, and the person it should find.
 *
 * @param kind how the spelling was chosen, e.g. "Cyrl->Arab" or "Latn swapped"
 */
public record SearchQuery(UUID expected, String text, String kind) {}

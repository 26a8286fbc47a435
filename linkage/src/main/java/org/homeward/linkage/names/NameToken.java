package org.homeward.linkage.names;

/**
 * One word of a name.
 *
 * @param latin lowercase ASCII transliteration of the word, e.g. {@code rakhimova}
 * @param key search key that survives a change of script, e.g. {@code rhmf}; equal keys mean
 *     "possibly the same word", to be ranked by {@link NameKeys#similarity}
 */
public record NameToken(String latin, String key) {}

package org.homeward.linkage.compare;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.homeward.linkage.names.NameWord;

/**
 * Word similarities of {@link NameComparator#wordSimilarity}, cached by word. A list of a million
 * names holds far fewer distinct words, and the pairs of words blocking brings together repeat
 * millions of times, while each similarity tries every pair of the words' renderings.
 *
 * <p>Each distinct word (its renderings and whether it is in Arabic script, which decide its
 * similarity to any other) gets an id when a name is prepared, up to about a million words. The
 * cache is a fixed table of 2^20 entries, each one {@code long} holding two ids and the similarity
 * in 16 bits; a newer pair overwrites an older one in its slot, so memory stays fixed. Similarities
 * are always rounded to 16 bits, cached or not, so results do not depend on what the cache holds.
 * Thread-safe.
 */
final class WordSimilarities {

  private static final int ID_BITS = 24;

  /** Ids handed out at most (about 100 MB of map); words seen after that are not cached. */
  private static final int MAX_ID = 1 << 20;

  private static final int SLOTS_BITS = 20;
  private static final double SCALE = 65_535.0;

  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger(1);
  private final AtomicLongArray slots = new AtomicLongArray(1 << SLOTS_BITS);

  /** The word's id, or 0 (not cached) once ids run out. */
  int id(NameWord word) {
    String key = word.arabic() + "\u0000" + String.join("\u0000", word.latins());
    Integer known = ids.get(key);
    if (known != null) {
      return known;
    }
    if (next.get() > MAX_ID) {
      return 0;
    }
    return ids.computeIfAbsent(
        key,
        k -> {
          int id = next.getAndIncrement();
          return id > MAX_ID ? 0 : id;
        });
  }

  /** Similarity of two words with their ids (0 for none), rounded to 16 bits. */
  double similarity(NameWord a, int aId, NameWord b, int bId) {
    if (aId == 0 || bId == 0) {
      return round(NameComparator.wordSimilarity(a, b));
    }
    long key = ((long) aId << ID_BITS) | bId;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - SLOTS_BITS));
    long entry = slots.getOpaque(slot);
    if (entry >>> 16 == key) {
      return (entry & 0xFFFF) / SCALE;
    }
    long quantised = Math.round(NameComparator.wordSimilarity(a, b) * SCALE);
    slots.setOpaque(slot, (key << 16) | quantised);
    return quantised / SCALE;
  }

  private static double round(double similarity) {
    return Math.round(similarity * SCALE) / SCALE;
  }
}

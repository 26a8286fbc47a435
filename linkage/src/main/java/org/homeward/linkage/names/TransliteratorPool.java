package org.homeward.linkage.names;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Hands out ICU transliterators built from one rule set, one caller at a time.
 *
 * <p>ICU Transliterator instances are not safe for concurrent use, and building one parses rules
 * (milliseconds), so each caller borrows an idle instance and returns it. The pool grows to the
 * highest number of concurrent callers and never shrinks; unlike a ThreadLocal it does not build a
 * fresh instance for every short-lived (virtual) thread.
 */
final class TransliteratorPool {

  private final String id;
  private final String rules;
  private final ConcurrentLinkedQueue<Transliterator> idle = new ConcurrentLinkedQueue<>();

  TransliteratorPool(String id, String rules) {
    this.id = id;
    this.rules = rules;
    idle.add(create()); // fail at start-up, not on the first search, if the rules are wrong
  }

  String transliterate(String text) {
    Transliterator transliterator = idle.poll();
    if (transliterator == null) {
      transliterator = create();
    }
    try {
      return transliterator.transliterate(text);
    } finally {
      idle.add(transliterator);
    }
  }

  private Transliterator create() {
    return Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
  }
}

package org.homeward.linkage.synth;

import java.util.SplittableRandom;

/** Introduces the slips of a person typing a list by hand: a swapped, dropped or doubled letter. */
public final class Typist {

  private Typist() {}

  public static String maybeSlip(String text, double rate, SplittableRandom random) {
    if (random.nextDouble() >= rate || text.length() < 3) {
      return text;
    }
    int at = letterPosition(text, random);
    if (at < 0) {
      return text;
    }
    return switch (random.nextInt(3)) {
      case 0 -> swapWithNext(text, at);
      case 1 -> text.substring(0, at) + text.substring(at + 1);
      default -> text.substring(0, at + 1) + text.substring(at);
    };
  }

  /** A letter position whose next character is also a letter, or -1; never the first letter. */
  private static int letterPosition(String text, SplittableRandom random) {
    int from = 1 + random.nextInt(text.length() - 2);
    for (int k = 0; k < text.length() - 1; k++) {
      int i = 1 + (from - 1 + k) % (text.length() - 2);
      if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  private static String swapWithNext(String text, int at) {
    char[] chars = text.toCharArray();
    char held = chars[at];
    chars[at] = chars[at + 1];
    chars[at + 1] = held;
    return new String(chars);
  }
}

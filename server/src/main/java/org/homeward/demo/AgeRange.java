package org.homeward.demo;

import java.util.SplittableRandom;

/** An inclusive range of ages in completed years. */
record AgeRange(int from, int to) {

  int pick(SplittableRandom random) {
    return from + random.nextInt(to - from + 1);
  }
}

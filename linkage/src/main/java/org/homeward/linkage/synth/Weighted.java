package org.homeward.linkage.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** An immutable list of items drawn at random in proportion to their weights. */
public final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Every item equally likely. */
  public static <T> Weighted<T> uniform(List<T> items) {
    Builder<T> builder = builder();
    items.forEach(item -> builder.add(item, 1));
    return builder.build();
  }

  public T pick(SplittableRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int index = Arrays.binarySearch(cumulative, target);
    // binarySearch returns -(insertion point) - 1 when target falls between two sums.
    index = index < 0 ? -index - 1 : index + 1;
    return items.get(Math.min(index, items.size() - 1));
  }

  public List<T> items() {
    return items;
  }

  public static final class Builder<T> {
    private final List<T> items = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    public Builder<T> add(T item, double weight) {
      if (weight < 0) {
        throw new IllegalArgumentException("Negative weight for " + item);
      }
      items.add(item);
      weights.add(weight);
      return this;
    }

    public boolean isEmpty() {
      return items.isEmpty();
    }

    public Weighted<T> build() {
      if (items.isEmpty()) {
        throw new IllegalStateException("Nothing to choose from");
      }
      double[] cumulative = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      if (sum <= 0) {
        throw new IllegalStateException("Weights sum to zero: " + items);
      }
      return new Weighted<>(List.copyOf(items), cumulative);
    }
  }
}

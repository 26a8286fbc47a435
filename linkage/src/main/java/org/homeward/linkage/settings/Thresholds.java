package org.homeward.linkage.settings;

/**
 * Decision thresholds on the match probability: at or above {@code match} a pair is a match, at or
 * above {@code review} (and below match) it goes to a person for review, below it is a non-match.
 */
public record Thresholds(double match, double review) {

  /**
   * Defaults: a match needs 9 to 1 odds for being the same person; anything better than even odds
   * is worth a registrar's look.
   */
  public static final Thresholds DEFAULT = new Thresholds(0.9, 0.5);

  public Thresholds {
    if (!(match > 0 && match <= 1) || !(review > 0 && review <= match)) {
      throw new IllegalArgumentException(
          "thresholds need 0 < review <= match <= 1, got match " + match + ", review " + review);
    }
  }

  /** These thresholds with another match threshold; review follows it down if needed. */
  public Thresholds withMatch(double newMatch) {
    return new Thresholds(newMatch, Math.min(review, newMatch));
  }

  public Decision decide(double probability) {
    if (probability >= match) {
      return Decision.MATCH;
    }
    return probability >= review ? Decision.REVIEW : Decision.NON_MATCH;
  }

  /** The three outcomes; their {@link #label()}s are what output files contain. */
  public enum Decision {
    MATCH("match"),
    REVIEW("review"),
    NON_MATCH("non_match");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}

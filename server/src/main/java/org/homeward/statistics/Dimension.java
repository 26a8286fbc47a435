package org.homeward.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a table can be broken down by. Each person falls in exactly one category of each dimension,
 * so that every breakdown adds up to its margins (disclosure control relies on it): a person with
 * two nationalities is counted under both together ("KAZ/TJK"), not twice.
 */
public enum Dimension {
  NATIONALITY("nationality", "#country+code"),
  SEX("sex", "#group+sex"),
  AGE_BAND("age-band", "#group+age"),
  FACILITY("facility", "#loc+name"),
  FACILITY_TYPE("facility-type", "#loc+type"),
  CUSTODY_STATUS("custody-status", "#status+custody"),
  CASE_STAGE("case-stage", "#status+case"),
  REPATRIATION_MONTH("repatriation-month", "#date+month+repatriated"),
  RECEIVING_STATE("receiving-state", "#country+code+receiving");

  private final String label;
  private final String hxlTag;

  Dimension(String label, String hxlTag) {
    this.label = label;
    this.hxlTag = hxlTag;
  }

  /** The name used in queries, on the command line and in exports, e.g. {@code age-band}. */
  public String label() {
    return label;
  }

  /** The Humanitarian Exchange Language hashtag of this dimension's column. */
  public String hxlTag() {
    return hxlTag;
  }

  /** Only persons who were handed over have a month of repatriation and a receiving state. */
  boolean needsHandover() {
    return this == REPATRIATION_MONTH || this == RECEIVING_STATE;
  }

  public static Optional<Dimension> fromLabel(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(d -> d.label.equals(wanted)).findFirst();
  }
}

package org.homeward.linkage.compare;

import org.homeward.linkage.settings.FieldSpec;

/** The comparator for each field kind. */
public final class Comparators {

  private Comparators() {}

  public static FieldComparator<?> forField(FieldSpec field) {
    return switch (field.kind()) {
      case FULL_NAME, GIVEN_NAME, FAMILY_NAME, PATRONYMIC -> new NameComparator(field.kind());
      case BIRTH_DATE -> new DateComparator(PartialDate.parser(field.format()));
      case BIRTH_YEAR -> new DateComparator(PartialDate.yearParser());
      case SEX -> CategoryComparator.sex();
      case NATIONALITY -> CategoryComparator.nationality();
      case CATEGORY -> CategoryComparator.plain();
      case IDENTIFIER -> new CodeComparator(true);
      case CODE -> new CodeComparator(false);
      case PLACE -> new PlaceComparator();
      case TEXT -> new TextComparator();
      case EMAIL -> new EmailComparator();
    };
  }
}

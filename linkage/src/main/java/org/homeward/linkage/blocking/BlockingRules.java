package org.homeward.linkage.blocking;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.homeward.linkage.compare.NameComparator;
import org.homeward.linkage.compare.PartialDate;
import org.homeward.linkage.compare.PreparedRecords;
import org.homeward.linkage.names.NameWord;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;

/**
 * The blocking rules derived from the settings. Their union is compared, so each rule covers a
 * different way duplicates go wrong:
 *
 * <ul>
 *   <li>each name word's script-surviving keys, across all name fields: finds the same name in any
 *       script and word order, or in the wrong column, even when every other field is wrong;
 *   <li>pairs of name-word keys, across all name fields: survives very common single names (a key
 *       block for "Muhammad" is too big to compare and is skipped) and swapped given/family names;
 *   <li>birth year with the first letter of a name key: catches names with a slip in the key;
 *   <li>each identifier, code (of three characters or more), e-mail and full birth date as is:
 *       catches records whose names are garbled.
 * </ul>
 */
public final class BlockingRules {

  private BlockingRules() {}

  public static List<BlockingRule> forSettings(LinkageSettings settings) {
    List<FieldSpec> fields = settings.fields();
    List<Integer> nameFields = new ArrayList<>();
    List<Integer> dateFields = new ArrayList<>();
    List<BlockingRule> rules = new ArrayList<>();
    for (int f = 0; f < fields.size(); f++) {
      FieldSpec spec = fields.get(f);
      FieldKind kind = spec.kind();
      int field = f;
      if (kind.isName() && kind != FieldKind.PATRONYMIC) {
        nameFields.add(f);
      } else if (kind == FieldKind.BIRTH_DATE || kind == FieldKind.BIRTH_YEAR) {
        dateFields.add(f);
        if (kind == FieldKind.BIRTH_DATE) {
          rules.add(
              new BlockingRule(
                  spec.column() + " full date",
                  (records, row, out) -> {
                    if (records.value(field, row) instanceof PartialDate d
                        && d.precision() == PartialDate.Precision.DAY) {
                      out.accept(d.toString());
                    }
                  }));
        }
      } else if (kind == FieldKind.IDENTIFIER
          || kind == FieldKind.CODE
          || kind == FieldKind.EMAIL) {
        rules.add(
            new BlockingRule(
                spec.column() + " value",
                (records, row, out) -> {
                  // A one- or two-character code (a house number) identifies nobody.
                  if (records.value(field, row) instanceof String s && s.length() >= 3) {
                    out.accept(s);
                  }
                }));
      }
    }
    if (!nameFields.isEmpty()) {
      // One rule over all name fields, so that a given name written in the family-name column
      // still meets itself.
      rules.add(
          0,
          new BlockingRule(
              "name word key",
              (records, row, out) -> {
                for (int f : nameFields) {
                  for (NameWord w : words(records, f, row)) {
                    for (String key : w.keys()) {
                      if (key.length() >= 2) {
                        out.accept(key);
                      }
                    }
                  }
                }
              }));
      rules.add(
          new BlockingRule(
              "pair of name word keys",
              (records, row, out) -> {
                TreeSet<String> keys = new TreeSet<>();
                for (int f : nameFields) {
                  for (NameWord w : words(records, f, row)) {
                    if (w.key().length() >= 2) {
                      keys.add(w.key());
                    }
                  }
                }
                List<String> sorted = new ArrayList<>(keys);
                for (int i = 0; i < sorted.size(); i++) {
                  for (int j = i + 1; j < sorted.size(); j++) {
                    out.accept(sorted.get(i) + "|" + sorted.get(j));
                  }
                }
              }));
    }
    for (int d : dateFields) {
      if (nameFields.isEmpty()) {
        break;
      }
      rules.add(
          new BlockingRule(
              fields.get(d).column() + " year + name initial",
              (records, row, out) -> {
                if (!(records.value(d, row) instanceof PartialDate date)) {
                  return;
                }
                TreeSet<Character> initials = new TreeSet<>();
                for (int f : nameFields) {
                  for (NameWord w : words(records, f, row)) {
                    initials.add(w.key().charAt(0));
                  }
                }
                // An estimated year may be a year out, so it joins the neighbouring years' blocks.
                int spread = date.estimated() ? 1 : 0;
                for (int y = date.year() - spread; y <= date.year() + spread; y++) {
                  for (char c : initials) {
                    out.accept(y + ":" + c);
                  }
                }
              }));
    }
    return rules;
  }

  private static List<NameWord> words(PreparedRecords records, int field, int row) {
    return records.value(field, row) instanceof NameComparator.Prepared name
        ? name.words()
        : List.of();
  }
}

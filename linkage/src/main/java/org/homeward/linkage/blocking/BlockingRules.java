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
 *   <li>birth year with each name-word key: splits a common name's block, too big on its own;
 *   <li>full birth date with each name-word key, and birth year with pairs of keys: specific enough
 *       to survive any pair budget when names and birthdays are common;
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
      rules.add(nameKeyPairs(nameFields));
    }
    for (int d : dateFields) {
      if (nameFields.isEmpty()) {
        break;
      }
      // A common name's key block is too big to compare in a large list and is skipped; split by
      // birth year it is not, and finds a duplicate whose other name words are garbled.
      rules.add(
          new BlockingRule(
              fields.get(d).column() + " year + name word key",
              (records, row, out) -> {
                if (!(records.value(d, row) instanceof PartialDate date)) {
                  return;
                }
                TreeSet<String> keys = new TreeSet<>();
                for (int f : nameFields) {
                  for (NameWord w : words(records, f, row)) {
                    for (String key : w.keys()) {
                      if (key.length() >= 2) {
                        keys.add(key);
                      }
                    }
                  }
                }
                int spread = date.estimated() ? 1 : 0;
                for (int y = date.year() - spread; y <= date.year() + spread; y++) {
                  for (String key : keys) {
                    out.accept(y + ":" + key);
                  }
                }
              }));
      // Very common names and birthdays (young children's) fill the blocks above past any pair
      // budget in a list of a million; the same name word on the same day, and the same two name
      // words in the same year, are specific enough to keep whatever the list's size.
      rules.add(
          new BlockingRule(
              fields.get(d).column() + " full date + name word key",
              (records, row, out) -> {
                if (!(records.value(d, row) instanceof PartialDate date)
                    || date.precision() != PartialDate.Precision.DAY) {
                  return;
                }
                String day = date.toString();
                for (String key : wordKeys(records, nameFields, row)) {
                  out.accept(day + ":" + key);
                }
              }));
      BlockingRule pairs = nameKeyPairs(nameFields);
      rules.add(
          new BlockingRule(
              fields.get(d).column() + " year + pair of name word keys",
              (records, row, out) -> {
                if (!(records.value(d, row) instanceof PartialDate date)) {
                  return;
                }
                int spread = date.estimated() ? 1 : 0;
                pairs
                    .keys()
                    .keys(
                        records,
                        row,
                        key -> {
                          for (int y = date.year() - spread; y <= date.year() + spread; y++) {
                            out.accept(y + ":" + key);
                          }
                        });
              }));
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

  /**
   * Rules for estimating m ({@link TrainingRule}): pairs sharing two name-word keys (selected on
   * every name field), and for each birth date, identifier, code and e-mail field, pairs agreeing
   * on it exactly (a date as far as it is known, so that year-only dates meet their year). Fields
   * such as sex or nationality are too coarse to select a population in which matches are common.
   */
  public static List<TrainingRule> forTraining(LinkageSettings settings) {
    List<FieldSpec> fields = settings.fields();
    List<Integer> nameFields = new ArrayList<>();
    java.util.Set<Integer> allNameFields = new java.util.HashSet<>();
    List<TrainingRule> rules = new ArrayList<>();
    for (int f = 0; f < fields.size(); f++) {
      FieldSpec spec = fields.get(f);
      FieldKind kind = spec.kind();
      int field = f;
      if (kind.isName()) {
        allNameFields.add(f);
        if (kind != FieldKind.PATRONYMIC) {
          nameFields.add(f);
        }
      } else if (kind == FieldKind.BIRTH_DATE || kind == FieldKind.BIRTH_YEAR) {
        rules.add(
            new TrainingRule(
                new BlockingRule(
                    spec.column() + " as far as known",
                    (records, row, out) -> {
                      if (records.value(field, row) instanceof PartialDate d) {
                        String text = d.toString();
                        out.accept(text.startsWith("~") ? text.substring(1) : text);
                      }
                    }),
                java.util.Set.of(f)));
      } else if (kind == FieldKind.IDENTIFIER
          || kind == FieldKind.CODE
          || kind == FieldKind.EMAIL) {
        rules.add(
            new TrainingRule(
                new BlockingRule(
                    spec.column() + " value",
                    (records, row, out) -> {
                      if (records.value(field, row) instanceof String s && s.length() >= 3) {
                        out.accept(s);
                      }
                    }),
                java.util.Set.of(f)));
      }
    }
    if (!nameFields.isEmpty()) {
      rules.add(0, new TrainingRule(nameKeyPairs(nameFields), allNameFields));
      // Given names are gendered: among different people, those who share a name word mostly
      // share a sex, in every population. So sex is no independent witness wherever names are
      // compared: EM in a population would take "shares a given name and so a sex" for a class of
      // its own, the commoner the bigger the list. Its m is estimated last, over all pairs, with
      // every other field's m fixed.
      List<TrainingRule> withoutSex = new ArrayList<>();
      for (TrainingRule rule : rules) {
        java.util.Set<Integer> fixed = new java.util.HashSet<>(rule.fields());
        for (int f = 0; f < fields.size(); f++) {
          if (fields.get(f).kind() == FieldKind.SEX) {
            fixed.add(f);
          }
        }
        withoutSex.add(new TrainingRule(rule.rule(), fixed));
      }
      return withoutSex;
    }
    return rules;
  }

  /**
   * Pairs of name-word keys across all name fields: survives very common single names and swapped
   * given/family names.
   */
  private static BlockingRule nameKeyPairs(List<Integer> nameFields) {
    return new BlockingRule(
        "pair of name word keys",
        (records, row, out) -> {
          // Every key of each word (one per rendering), so that an Arabic-script word whose
          // main reading differs from the Latin one still pairs through another reading.
          List<List<String>> perWord = new ArrayList<>();
          for (int f : nameFields) {
            for (NameWord w : words(records, f, row)) {
              List<String> keys = w.keys().stream().filter(k -> k.length() >= 2).toList();
              if (!keys.isEmpty()) {
                perWord.add(keys);
              }
            }
          }
          for (int i = 0; i < perWord.size(); i++) {
            for (int j = i + 1; j < perWord.size(); j++) {
              for (String x : perWord.get(i)) {
                for (String y : perWord.get(j)) {
                  if (!x.equals(y)) {
                    out.accept(x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x);
                  }
                }
              }
            }
          }
        });
  }

  /** Every name word's keys of two letters or more, across the name fields, each once. */
  private static TreeSet<String> wordKeys(
      PreparedRecords records, List<Integer> nameFields, int row) {
    TreeSet<String> keys = new TreeSet<>();
    for (int f : nameFields) {
      for (NameWord w : words(records, f, row)) {
        for (String key : w.keys()) {
          if (key.length() >= 2) {
            keys.add(key);
          }
        }
      }
    }
    return keys;
  }

  private static List<NameWord> words(PreparedRecords records, int field, int row) {
    return records.value(field, row) instanceof NameComparator.Prepared name
        ? name.words()
        : List.of();
  }
}

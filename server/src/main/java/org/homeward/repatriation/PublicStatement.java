package org.homeward.repatriation;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.homeward.common.Countries;

/**
 * The public statement about an executed operation, e.g. "The group included 31 women and 73
 * children, as well as five citizens of Kazakhstan — a mother and her four children — at the
 * request of the authorities of Kazakhstan." Every count is put through the language's ICU plural
 * rules, so it reads correctly for 1, 2, 5 or 21 in English, Russian, Tajik and Arabic.
 */
final class PublicStatement {
  static final List<String> LANGUAGES = List.of("en", "ru", "tg", "ar");

  /** Those who came home: adults by sex, children, and anyone whose age or sex is not known. */
  record HomeGroup(int women, int men, int children, int others) {
    int total() {
      return women + men + children + others;
    }
  }

  /**
   * Those handed to a third state at its request.
   *
   * @param allCitizens every one of them is a national of that state
   * @param motherWithChildren the number of children when the group is one mother and her children,
   *     else null
   */
  record ThirdStateGroup(
      String state, int persons, boolean allCitizens, Integer motherWithChildren) {}

  private final ULocale locale;
  private final ResourceBundle patterns;

  PublicStatement(String language) {
    String lang = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(lang)) {
      throw new org.homeward.common.InvalidInputException(
          "lang", "one of the statement languages " + LANGUAGES);
    }
    this.locale = new ULocale(lang);
    this.patterns =
        ResourceBundle.getBundle(
            "statements.statement",
            Locale.forLanguageTag(lang),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String write(HomeGroup home, List<ThirdStateGroup> thirdStates) {
    List<String> groups = new ArrayList<>();
    if (home.total() > 0) {
      groups.add(join(homeParts(home)));
    }
    for (ThirdStateGroup g : thirdStates) {
      groups.add(third(g));
    }
    if (groups.isEmpty()) {
      return patterns.getString("nobody");
    }
    String body = groups.get(0);
    for (String g : groups.subList(1, groups.size())) {
      body = format("alsoJoin", body, g);
    }
    return format("end", format("opening", body));
  }

  private List<String> homeParts(HomeGroup home) {
    List<String> parts = new ArrayList<>();
    addCount(parts, "women", home.women());
    addCount(parts, "men", home.men());
    addCount(parts, "children", home.children());
    addCount(parts, "others", home.others());
    return parts;
  }

  private void addCount(List<String> parts, String key, int n) {
    if (n > 0) {
      parts.add(plural(key, Map.of("n", n, "t", numberText(n))));
    }
  }

  private String third(ThirdStateGroup g) {
    String country = countryName(g.state());
    String who =
        plural(
            g.allCitizens() ? "citizens" : "handedPersons",
            Map.of("n", g.persons(), "t", numberText(g.persons()), "country", country));
    if (g.motherWithChildren() == null) {
      return format("third", who, "", country);
    }
    int k = g.motherWithChildren();
    String family = plural("family", Map.of("k", k, "t", numberText(k)));
    return format("thirdWithFamily", who, family, country);
  }

  /**
   * English writes small counts in words, as news copy does ("five citizens"); the other languages
   * keep figures, which read naturally with their noun forms.
   */
  private String numberText(int n) {
    if (locale.getLanguage().equals("en") && n < 10) {
      return new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT).format(n);
    }
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  private String countryName(String alpha3) {
    String alpha2 = Countries.alpha2(alpha3);
    return alpha2 == null
        ? alpha3
        : LocaleDisplayNames.getInstance(locale).regionDisplayName(alpha2);
  }

  private String join(List<String> parts) {
    if (patterns.containsKey("and") && parts.size() > 1) {
      return String.join(", ", parts.subList(0, parts.size() - 1))
          + " "
          + patterns.getString("and")
          + " "
          + parts.get(parts.size() - 1);
    }
    return ListFormatter.getInstance(locale).format(parts);
  }

  private String plural(String key, Map<String, Object> args) {
    return new MessageFormat(patterns.getString(key), locale).format(args);
  }

  private String format(String key, Object... args) {
    return new MessageFormat(patterns.getString(key), locale).format(args);
  }
}

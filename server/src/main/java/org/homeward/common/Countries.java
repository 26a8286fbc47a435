package org.homeward.common;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** ISO 3166-1 alpha-3 country codes, taken from the JDK's own ISO tables. */
public final class Countries {
  private static final Map<String, Locale> BY_ALPHA3 = new TreeMap<>();

  static {
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale.Builder().setRegion(alpha2).build();
      BY_ALPHA3.put(locale.getISO3Country(), locale);
    }
  }

  private Countries() {}

  public static boolean isAlpha3(String code) {
    return code != null && BY_ALPHA3.containsKey(code);
  }

  public static Set<String> alpha3Codes() {
    return BY_ALPHA3.keySet();
  }

  /** The alpha-2 code of an alpha-3 code (KAZ to KZ), or null when the code is unknown. */
  public static String alpha2(String alpha3) {
    Locale country = alpha3 == null ? null : BY_ALPHA3.get(alpha3);
    return country == null ? null : country.getCountry();
  }

  public static String displayName(String alpha3, Locale language) {
    Locale country = BY_ALPHA3.get(alpha3);
    return country == null ? alpha3 : country.getDisplayCountry(language);
  }
}

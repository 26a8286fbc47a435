package org.homeward.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds person request bodies for tests, with readable defaults. */
public final class People {
  private final Map<String, Object> body = new LinkedHashMap<>();
  private final List<Map<String, Object>> names = new ArrayList<>();
  private final List<Map<String, Object>> nationalities = new ArrayList<>();

  private People() {
    body.put("names", names);
    body.put("nationalities", nationalities);
    body.put("sex", "FEMALE");
    body.put("custodyStatus", "HELD");
  }

  public static People person(String... names) {
    People p = new People();
    for (String n : names) {
      p.name(n);
    }
    return p;
  }

  public People name(String text) {
    names.add(new LinkedHashMap<>(Map.of("text", text)));
    return this;
  }

  public People sex(String sex) {
    body.put("sex", sex);
    return this;
  }

  public People born(String value, String precision) {
    Map<String, Object> birth = new LinkedHashMap<>();
    birth.put("value", value);
    birth.put("precision", precision);
    body.put("birthDate", birth);
    return this;
  }

  public People aged(int age) {
    body.put("birthDate", Map.of("statedAge", age));
    return this;
  }

  public People nationality(String country) {
    nationalities.add(Map.of("country", country, "status", "CLAIMED"));
    return this;
  }

  public People set(String field, Object value) {
    body.put(field, value);
    return this;
  }

  public Map<String, Object> body() {
    return body;
  }
}

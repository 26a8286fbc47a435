package org.homeward.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.SplittableRandom;

/** Rates and small distributions from {@code /demo/generator.properties}. */
final class DemoSettings {

  private static final String FILE = "generator.properties";
  private final Properties properties;

  private DemoSettings(Properties properties) {
    this.properties = properties;
  }

  static DemoSettings load() {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(TsvTable.open(FILE), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read /demo/" + FILE, e);
    }
    return new DemoSettings(properties);
  }

  String text(String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("/demo/%s: missing %s".formatted(FILE, key));
    }
    return value.trim();
  }

  double rate(String key) {
    double value = number(key);
    if (value < 0 || value > 1) {
      throw new IllegalStateException("/demo/%s: %s must be between 0 and 1".formatted(FILE, key));
    }
    return value;
  }

  int integer(String key) {
    return (int) number(key);
  }

  /** Parses "A:3,B:1" into a weighted choice. */
  Weighted<String> weights(String key) {
    Weighted.Builder<String> builder = Weighted.builder();
    for (String pair : text(key).split(",")) {
      String[] parts = pair.trim().split(":");
      if (parts.length != 2) {
        throw new IllegalStateException(
            "/demo/%s: %s must be VALUE:weight pairs".formatted(FILE, key));
      }
      builder.add(parts[0].trim(), Double.parseDouble(parts[1].trim()));
    }
    return builder.build();
  }

  /** True with the probability configured under {@code key}. */
  boolean chance(String key, SplittableRandom random) {
    return random.nextDouble() < rate(key);
  }

  private double number(String key) {
    try {
      return Double.parseDouble(text(key));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("/demo/%s: %s must be a number".formatted(FILE, key), e);
    }
  }
}

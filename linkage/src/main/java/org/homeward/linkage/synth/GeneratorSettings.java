package org.homeward.linkage.synth;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Rates and small distributions from a properties file on the classpath, such as {@code
 * /synth/names.properties} or the demo caseload's {@code /demo/generator.properties}.
 */
public final class GeneratorSettings {

  private final String file;
  private final Properties properties;

  private GeneratorSettings(String file, Properties properties) {
    this.file = file;
    this.properties = properties;
  }

  /**
   * @param resource absolute classpath resource, e.g. {@code /synth/names.properties}
   */
  public static GeneratorSettings load(String resource) {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(TsvTable.open(resource), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return new GeneratorSettings(resource, properties);
  }

  public String text(String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("%s: missing %s".formatted(file, key));
    }
    return value.trim();
  }

  public double rate(String key) {
    double value = number(key);
    if (value < 0 || value > 1) {
      throw new IllegalStateException("%s: %s must be between 0 and 1".formatted(file, key));
    }
    return value;
  }

  public int integer(String key) {
    return (int) number(key);
  }

  /** Parses "A:3,B:1" into a weighted choice. */
  public Weighted<String> weights(String key) {
    Weighted.Builder<String> builder = Weighted.builder();
    for (String pair : text(key).split(",")) {
      String[] parts = pair.trim().split(":");
      if (parts.length != 2) {
        throw new IllegalStateException("%s: %s must be VALUE:weight pairs".formatted(file, key));
      }
      builder.add(parts[0].trim(), Double.parseDouble(parts[1].trim()));
    }
    return builder.build();
  }

  /** True with the probability configured under {@code key}. */
  public boolean chance(String key, SplittableRandom random) {
    return random.nextDouble() < rate(key);
  }

  private double number(String key) {
    try {
      return Double.parseDouble(text(key));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("%s: %s must be a number".formatted(file, key), e);
    }
  }
}

package org.homeward.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** UI languages: English, Russian, Tajik and Arabic; chosen with ?lang= and kept in a cookie. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {
  static final List<Locale> LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.forLanguageTag("ru"),
          Locale.forLanguageTag("tg"),
          Locale.forLanguageTag("ar"));

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("homeward-lang");
    resolver.setDefaultLocale(Locale.ENGLISH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Strict");
    resolver.setCookieHttpOnly(true);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }
}

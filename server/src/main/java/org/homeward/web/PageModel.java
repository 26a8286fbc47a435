package org.homeward.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the text direction and the language switcher. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {
  @ModelAttribute("textDirection")
  String textDirection() {
    return "ar".equals(LocaleContextHolder.getLocale().getLanguage()) ? "rtl" : "ltr";
  }

  @ModelAttribute("language")
  String language() {
    Locale locale = LocaleContextHolder.getLocale();
    return WebConfiguration.LANGUAGES.stream()
            .anyMatch(l -> l.getLanguage().equals(locale.getLanguage()))
        ? locale.getLanguage()
        : "en";
  }
}

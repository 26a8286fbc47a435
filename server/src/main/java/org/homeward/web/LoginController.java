package org.homeward.web;

import java.util.ArrayList;
import java.util.List;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {
  private final AccessPolicy access;
  private final ObjectProvider<ClientRegistrationRepository> externalProviders;

  LoginController(
      AccessPolicy access, ObjectProvider<ClientRegistrationRepository> externalProviders) {
    this.access = access;
    this.externalProviders = externalProviders;
  }

  /** An external OpenID Connect provider offered on the sign-in page. */
  record ExternalProvider(String id, String name) {}

  @Requires(Capability.PUBLIC)
  @GetMapping("/login")
  String login(Model model) {
    List<ExternalProvider> providers = new ArrayList<>();
    if (externalProviders.getIfAvailable() instanceof Iterable<?> registrations) {
      for (Object r : registrations) {
        ClientRegistration registration = (ClientRegistration) r;
        providers.add(
            new ExternalProvider(registration.getRegistrationId(), registration.getClientName()));
      }
    }
    model.addAttribute("externalProviders", providers);
    return "login";
  }

  /**
   * Each user starts where their work is: persons, the audit trail, administration, or (analysts)
   * the dashboard.
   */
  @Requires(Capability.SIGNED_IN)
  @GetMapping("/")
  String home() {
    if (access.has(Capability.PERSON_READ)) {
      return "redirect:/persons";
    }
    if (access.has(Capability.AUDIT_READ)) {
      return "redirect:/audit";
    }
    if (access.has(Capability.ADMINISTER)) {
      return "redirect:/admin";
    }
    if (access.has(Capability.STATISTICS_READ)) {
      return "redirect:/dashboard";
    }
    return "welcome";
  }
}

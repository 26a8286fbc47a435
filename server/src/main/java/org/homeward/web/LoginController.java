package org.homeward.web;

import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {
  private final AccessPolicy access;

  LoginController(AccessPolicy access) {
    this.access = access;
  }

  @Requires(Capability.PUBLIC)
  @GetMapping("/login")
  String login() {
    return "login";
  }

  /** Each user starts where their work is: persons, the audit trail, or administration. */
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
    return "welcome";
  }
}

package org.homeward.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the administrator account {@code admin}, with the password from
 * HOMEWARD_ADMIN_PASSWORD or, if that is unset, a random one printed once to the console (never to
 * the log).
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {
  static final String ADMIN = "admin";
  private final UserAccounts accounts;
  private final String configuredPassword;

  AdministratorBootstrap(
      UserAccounts accounts, @Value("${homeward.admin-password:}") String configuredPassword) {
    this.accounts = accounts;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.exists(ADMIN)) {
      return;
    }
    boolean generated = configuredPassword.isBlank();
    String password = generated ? randomPassword() : configuredPassword;
    try {
      accounts.create(ADMIN, password, Set.of(Role.ADMINISTRATOR), null);
    } catch (org.homeward.common.InvalidInputException e) {
      throw new IllegalStateException(
          "HOMEWARD_ADMIN_PASSWORD: expected a password of at least "
              + UserAccounts.MIN_PASSWORD_LENGTH
              + " characters",
          e);
    }
    if (generated) {
      System.out.println(
          "\nCreated administrator 'admin' with password: "
              + password
              + "\nIt is shown only this once. Set HOMEWARD_ADMIN_PASSWORD to choose it yourself.\n");
    } else {
      System.out.println(
          "\nCreated administrator 'admin' with the password from HOMEWARD_ADMIN_PASSWORD.\n");
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[15];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

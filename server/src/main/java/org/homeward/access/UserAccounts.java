package org.homeward.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** User accounts: who may sign in, with which password hash and roles. */
@Service
public class UserAccounts implements UserDetailsService {
  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  public void create(String username, String rawPassword, Set<String> roles) {
    jdbc.sql(
            "INSERT INTO app_user (id, username, password_hash, roles, enabled, created_at)"
                + " VALUES (:id, :username, :hash, :roles, TRUE, :at)")
        .param("id", UUID.randomUUID())
        .param("username", username)
        .param("hash", passwords.encode(rawPassword))
        .param("roles", String.join(",", roles.stream().sorted().toList()))
        .param("at", Instant.now().atOffset(java.time.ZoneOffset.UTC))
        .update();
  }

  public boolean exists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u")
            .param("u", username)
            .query(Long.class)
            .single()
        > 0;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql(
            "SELECT username, password_hash, roles, enabled FROM app_user WHERE username = :u")
        .param("u", username)
        .query(
            (rs, n) -> {
              List<SimpleGrantedAuthority> authorities =
                  Arrays.stream(rs.getString("roles").split(","))
                      .filter(r -> !r.isBlank())
                      .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                      .toList();
              return User.withUsername(rs.getString("username"))
                  .password(rs.getString("password_hash"))
                  .authorities(authorities)
                  .disabled(!rs.getBoolean("enabled"))
                  .build();
            })
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }
}

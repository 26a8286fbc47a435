package org.homeward;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application: REST API, web UI, persistence and jobs. */
@SpringBootApplication
public class HomewardApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Starts the application with command-line style property arguments ({@code --name=value}). */
  public static ConfigurableApplicationContext start(boolean web, String... properties) {
    SpringApplication app = new SpringApplication(HomewardApplication.class);
    app.addListeners(new ProductionDatabaseGuard());
    if (!web) {
      app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
    }
    return app.run(properties);
  }
}

package org.homeward.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class AccessWebConfiguration implements WebMvcConfigurer {
  private final CapabilityInterceptor capabilities;

  AccessWebConfiguration(CapabilityInterceptor capabilities) {
    this.capabilities = capabilities;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(capabilities);
  }
}

package org.homeward.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, against the test database: in-memory H2, or PostgreSQL
 * when HOMEWARD_TEST_DB_URL is set. Tests must not assume an empty database, since on PostgreSQL
 * all test classes share one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface HomewardIntegrationTest {}

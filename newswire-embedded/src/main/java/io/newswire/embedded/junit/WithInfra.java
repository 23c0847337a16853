package io.newswire.embedded.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class the real infrastructure, shared by every test in the JVM and started on first use:
 * parameters of type {@code @KafkaBootstrap String}, {@link io.newswire.embedded.kafka.EmbeddedKafka},
 * {@link javax.sql.DataSource} and {@link io.newswire.embedded.postgres.PostgresServer} are injected.
 * With {@code NEWSWIRE_TEST_PG_URL} set (and optionally {@code NEWSWIRE_TEST_PG_USER} / {@code _PASSWORD}) that
 * PostgreSQL server is used instead of the embedded one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InfraExtension.class)
public @interface WithInfra {
}

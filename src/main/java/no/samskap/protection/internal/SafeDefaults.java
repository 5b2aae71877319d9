package no.samskap.protection.internal;

import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses start-up combinations that would put known secrets on a production database: the demo
 * profile (accounts with a published password) together with the postgres profile, and the postgres
 * profile with an empty database password. Runs before any other bean is made (the database pool and
 * the migrations included), so nothing is written first.
 * Only the test suite, whose {@code test} profile exists on the test classpath alone, may combine
 * demo data with PostgreSQL.
 */
@Component
class SafeDefaults implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(Set.of(environment.getActiveProfiles()), environment.getProperty("spring.datasource.password"));
    }

    static void check(Set<String> profiles, String databasePassword) {
        if (!profiles.contains("postgres")) {
            return;
        }
        if (profiles.contains("demo") && !profiles.contains("test")) {
            throw new IllegalStateException("The 'demo' profile creates accounts whose password is published in the"
                    + " README; it refuses to run with the 'postgres' profile. Start without 'demo'.");
        }
        if (databasePassword == null || databasePassword.isBlank()) {
            throw new IllegalStateException("The 'postgres' profile needs a database password: set"
                    + " SPRING_DATASOURCE_PASSWORD in the environment.");
        }
    }
}

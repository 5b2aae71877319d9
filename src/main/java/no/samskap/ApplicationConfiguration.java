package no.samskap;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Beans every module may use and no module owns: the clock (one source of "now", replaceable in
 * tests), scheduling (round closers, retries), asynchronous after-commit listeners, and the
 * connection pool's fail-fast wrapper.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class ApplicationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Wraps the connection pool so that an outage is told to users at once after the first wait. */
    @Bean
    static BeanPostProcessor failFastDataSource(ObjectProvider<DatabaseSettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource pool
                        && !(bean instanceof FailFastDataSource)
                        && "dataSource".equals(name)) {
                    return new FailFastDataSource(pool, settings.getObject(), System::nanoTime);
                }
                return bean;
            }
        };
    }
}

package no.samskap;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Beans every module may use and no module owns: the clock (one source of "now", replaceable in
 * tests), scheduling (round closers, retries) and asynchronous after-commit listeners.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class ApplicationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

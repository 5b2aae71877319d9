package no.samskap.mail.internal;

import java.nio.charset.StandardCharsets;
import no.samskap.mail.MailSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
class MailConfiguration {

    /** With the catcher on, mail goes to it over SMTP instead of to {@code spring.mail.host}. */
    @Configuration
    @ConditionalOnProperty(name = "samskap.mail.catcher.enabled", havingValue = "true")
    static class CatcherConfiguration {

        @Bean(destroyMethod = "close")
        MailCatcher mailCatcher(MailSettings settings) {
            return new MailCatcher(settings.catcher());
        }

        @Bean
        JavaMailSender catcherMailSender(MailCatcher catcher) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(catcher.port());
            sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
            return sender;
        }
    }
}

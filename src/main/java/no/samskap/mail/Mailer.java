package no.samskap.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends mail over SMTP ({@code spring.mail.*}, or the demo's catcher). Callers send from listeners
 * that run after their transaction committed, so a failure here is retried with the event and
 * never undoes what the person did.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;

    Mailer(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Whether an SMTP server (or the catcher) is configured. */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends the mail; returns false (and logs) when no SMTP server is configured, so an
     * installation without mail still works. SMTP errors are thrown, for the caller's retry.
     */
    public boolean send(Mail mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn("Mail '{}' not sent: no SMTP server configured (spring.mail.host)", mail.purpose());
            return false;
        }
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            if (mail.oneClickUnsubscribe() != null) {
                // Mail programs show their own "Unsubscribe" and POST here, without a browser (RFC 8058).
                message.setHeader("List-Unsubscribe", "<" + mail.oneClickUnsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not write mail '" + mail.purpose() + "'", e);
        }
        smtp.send(message);
        log.info("Mail '{}' sent", mail.purpose());
        return true;
    }
}

package no.samskap.notifications.ui;

import no.samskap.notifications.NotificationMails;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: a mail program POSTs to the mail's List-Unsubscribe address, with
 * no browser and no session. The signed token is the only credential; GET does nothing here, so a
 * link scanner cannot unsubscribe anyone.
 */
@RestController
class OneClickUnsubscribe {

    static final String PATH = "/mail/one-click";

    private final NotificationMails mails;

    OneClickUnsubscribe(NotificationMails mails) {
        this.mails = mails;
    }

    @PostMapping(PATH)
    ResponseEntity<String> unsubscribe(@RequestParam(name = "token", required = false) String token) {
        return mails.unsubscribe(token)
                ? ResponseEntity.ok("Unsubscribed")
                : ResponseEntity.badRequest().body("Not a valid unsubscribe link");
    }
}

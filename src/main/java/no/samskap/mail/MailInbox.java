package no.samskap.mail;

import java.util.List;

/** The demo's mail catcher as administrators read it: present only when it is enabled. */
public interface MailInbox {

    /** Every mail caught since the app started, newest first. */
    List<CaughtMail> messages();
}

package no.samskap.identity;

import java.util.Locale;
import no.samskap.shared.AccountId;

/** Someone mail may be sent to: their confirmed address, their language and their name. */
public record MailRecipient(AccountId id, String address, Locale language, String displayName) {}

package no.samskap.identity;

import no.samskap.shared.AccountId;

/** A person corrected their name; modules that show it next to their content update it. */
public record AccountRenamed(AccountId account, String displayName) {}

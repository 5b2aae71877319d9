package no.samskap.notifications;

import no.samskap.shared.AccountId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;

/** Someone got a new notification; their bell updates live on every node. */
public record NotificationCreated(AccountId recipient, MunicipalityId municipality) implements LiveEvent {}

-- Identities from OpenID Connect providers linked to accounts. The person identifier (ID-porten's
-- national identity number) is never stored: only a keyed hash of it, unique per provider, so the
-- same person signing in twice finds the same account.
create table account_identity (
    provider     varchar(40) not null,
    subject_hash varchar(64) not null,
    account_id   uuid        not null references account (id),
    linked_at    timestamp with time zone not null,
    last_acr     varchar(60),
    constraint account_identity_pk primary key (provider, subject_hash)
);
create index account_identity_account on account_identity (account_id);

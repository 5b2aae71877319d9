-- Mail: verified addresses, each address on one account, the language mail is written in,
-- single-use password reset links and the key that signs mail links.
alter table account add column email_verified_at timestamp with time zone;
alter table account add column preferred_language varchar(5) default 'nb' not null;
alter table account add column email_key varchar(254);

-- The address in lower case, unique: the first account to use an address keeps it.
update account a set email_key = lower(a.email)
where not exists (
    select 1 from account b
    where lower(b.email) = lower(a.email)
      and (b.created_at < a.created_at or (b.created_at = a.created_at and b.id < a.id)));
alter table account add constraint account_email_unique unique (email_key);

-- Only a hash of each link's secret is stored; the link itself is only in the mail.
create table password_reset (
    token_hash  varchar(64) primary key,
    account_id  uuid not null references account (id),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index password_reset_account on password_reset (account_id);

-- Keys shared by every node through the database, created on first use.
create table signing_key (
    name        varchar(40) primary key,
    secret      varchar(200) not null,
    created_at  timestamp with time zone not null
);

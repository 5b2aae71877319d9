-- Notifications by mail: each person's choice per kind, which notifications went out by mail,
-- and when each digest was last sent (claimed by one node at a time).
create table mail_preference (
    account_id  uuid        not null references account (id),
    kind        varchar(20) not null,
    frequency   varchar(10) not null,
    primary key (account_id, kind)
);

alter table notification add column mailed_at timestamp with time zone;
-- What people were told before mail existed is not mailed now.
update notification set mailed_at = created_at;
create index notification_unmailed on notification (mailed_at, created_at);

create table mail_digest (
    account_id    uuid        not null references account (id),
    frequency     varchar(10) not null,
    last_sent_at  timestamp with time zone not null,
    primary key (account_id, frequency)
);

create table follow (
    proposal_id uuid not null references proposal (id),
    account_id  uuid not null references account (id),
    since       timestamp with time zone not null,
    constraint follow_pk primary key (proposal_id, account_id)
);
create index follow_account on follow (account_id);

create table notification (
    id          uuid         primary key,
    account_id  uuid         not null references account (id),
    kind        varchar(20)  not null,
    proposal_id uuid         not null references proposal (id),
    title       varchar(120) not null,
    actor_name  varchar(80),
    detail      varchar(40),
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index notification_inbox on notification (account_id, read_at, created_at);

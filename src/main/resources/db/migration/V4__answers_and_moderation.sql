-- Official answers and moderation: a proposal carries the municipality's latest answer and
-- whether it is hidden pending review; reports and the audit log live in their own tables.
alter table proposal add column answer_text varchar(5000);
alter table proposal add column answered_at timestamp with time zone;
alter table proposal add column answered_by varchar(80);
alter table proposal add column hidden boolean default false not null;
alter table proposal add column hidden_reason varchar(40);

create table report (
    id              uuid         primary key,
    content_type    varchar(20)  not null,
    content_id      uuid         not null,
    municipality_id varchar(40)  not null references municipality (id),
    content_author  uuid         not null,
    reporter_id     uuid         not null references account (id),
    reason          varchar(20)  not null,
    details         varchar(500),
    created_at      timestamp with time zone not null,
    status          varchar(20)  not null,
    constraint report_once unique (content_type, content_id, reporter_id)
);
create index report_queue on report (municipality_id, status);

-- Append-only: the application inserts and reads, never updates or deletes.
create table audit_entry (
    id              uuid         primary key,
    at              timestamp with time zone not null,
    municipality_id varchar(40),
    actor_id        uuid,
    actor_name      varchar(80)  not null,
    action          varchar(40)  not null,
    target_type     varchar(20)  not null,
    target_id       varchar(80)  not null,
    detail          varchar(5000)
);
create index audit_municipality on audit_entry (municipality_id, at);

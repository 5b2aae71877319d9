-- Spring Modulith's event publication registry: one row per event and after-commit listener,
-- completed when the listener succeeds, so a failed or interrupted listener is retried.
-- Columns as in Modulith's own v2 schema; written once for H2 and PostgreSQL.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(20000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_listener on event_publication (listener_id);

-- Participation processes with phases: a plan under the Planning and Building Act, a climate
-- budget, a participatory budget. Proposals and workshops may belong to one; those that
-- do not belong to the municipality's standing, open process as before.
create table process (
    id              uuid          primary key,
    municipality_id varchar(40)   not null references municipality (id),
    title           varchar(120)  not null,
    description     varchar(5000) not null,
    area_geojson    varchar(200000),
    template        varchar(30)   not null,
    created_by      uuid          not null references account (id),
    created_by_name varchar(80)   not null,
    created_at      timestamp with time zone not null,
    version         bigint        not null
);
create index process_municipality on process (municipality_id, created_at);

-- A phase is open from the moment an official opens it until it is closed or its last day is over;
-- at most one phase of a process is open.
create table process_phase (
    process_id  uuid          not null references process (id),
    position    int           not null,
    kind        varchar(30)   not null,
    name        varchar(120),
    starts_on   date          not null,
    ends_on     date          not null,
    actions     varchar(100)  not null,
    opened_at   timestamp with time zone,
    closed_at   timestamp with time zone,
    summary     varchar(10000),
    summary_at  timestamp with time zone,
    summary_by  varchar(80),
    constraint process_phase_pk primary key (process_id, position)
);

create table process_follow (
    process_id uuid not null references process (id),
    account_id uuid not null references account (id),
    since      timestamp with time zone not null,
    constraint process_follow_pk primary key (process_id, account_id)
);
create index process_follow_account on process_follow (account_id);

alter table proposal add column process_id uuid references process (id);
create index proposal_process on proposal (process_id);
alter table workshop add column process_id uuid references process (id);

-- A notification is about a proposal or, for a phase's summary, about a process.
alter table notification alter column proposal_id drop not null;
alter table notification add column process_id uuid references process (id);

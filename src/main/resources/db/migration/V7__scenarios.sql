-- Saved scenarios: a named set of proposals whose combined impact can be shared by link.
create table scenario (
    id              uuid         primary key,
    municipality_id varchar(40)  not null references municipality (id),
    name            varchar(80)  not null,
    created_by      uuid         references account (id),
    created_at      timestamp with time zone not null
);
create table scenario_proposal (
    scenario_id uuid not null references scenario (id),
    proposal_id uuid not null references proposal (id),
    constraint scenario_proposal_pk primary key (scenario_id, proposal_id)
);

-- A participatory budget: the money of a process's budgeting phase, its rules, the proposals on
-- the ballot with their cost, and one ballot per person (the database guarantees it, as for votes).
create table budget (
    process_id        uuid    primary key references process (id),
    total_nok         bigint  not null,
    min_projects      int,
    max_projects      int,
    min_share_percent int,
    updated_at        timestamp with time zone not null,
    version           bigint  not null
);

create table budget_item (
    process_id  uuid   not null references process (id),
    proposal_id uuid   not null references proposal (id),
    cost_nok    bigint not null,
    constraint budget_item_pk primary key (process_id, proposal_id),
    constraint budget_item_cost check (cost_nok > 0)
);

-- A paper ballot has no voter; it says who entered it and where it came from.
create table ballot (
    id           uuid         primary key,
    process_id   uuid         not null references process (id),
    voter_id     uuid         references account (id),
    stakeholder  varchar(20)  not null,
    paper        boolean      not null,
    paper_source varchar(200),
    entered_by   uuid         references account (id),
    reference    varchar(12)  not null,
    submitted_at timestamp with time zone not null,
    changes      int          not null,
    constraint ballot_one_per_person unique (process_id, voter_id)
);
create index ballot_process on ballot (process_id);

create table ballot_choice (
    ballot_id   uuid not null references ballot (id),
    proposal_id uuid not null references proposal (id),
    constraint ballot_choice_pk primary key (ballot_id, proposal_id)
);

-- Live workshops: a facilitator's session on an area of the map, joined by a short code.
create table workshop (
    id               uuid         primary key,
    municipality_id  varchar(40)  not null references municipality (id),
    title            varchar(120) not null,
    join_code        varchar(8)   not null,
    area_geojson     varchar(200000) not null,
    facilitator_id   uuid         not null references account (id),
    facilitator_name varchar(80)  not null,
    state            varchar(10)  not null,
    created_at       timestamp with time zone not null,
    ended_at         timestamp with time zone,
    constraint workshop_code_unique unique (join_code)
);
create table workshop_proposal (
    workshop_id uuid not null references workshop (id),
    proposal_id uuid not null references proposal (id),
    constraint workshop_proposal_pk primary key (workshop_id, proposal_id)
);
-- Someone in a workshop: an account, or a named guest (account_id null).
create table workshop_participant (
    id           uuid        primary key,
    workshop_id  uuid        not null references workshop (id),
    account_id   uuid        references account (id),
    display_name varchar(80) not null,
    guest        boolean     not null,
    joined_at    timestamp with time zone not null,
    constraint workshop_participant_account unique (workshop_id, account_id)
);
create table workshop_pin (
    id             uuid          primary key,
    workshop_id    uuid          not null references workshop (id),
    participant_id uuid          not null references workshop_participant (id),
    lat            double precision not null,
    lon            double precision not null,
    text           varchar(280)  not null,
    created_at     timestamp with time zone not null,
    proposal_id    uuid          references proposal (id)
);
create index workshop_pin_workshop on workshop_pin (workshop_id);
-- A timed dot-voting round over a few items (idea pins or proposals), in order.
create table workshop_round (
    id          uuid    primary key,
    workshop_id uuid    not null references workshop (id),
    number      integer not null,
    dots        integer not null,
    started_at  timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    ended_at    timestamp with time zone,
    -- Bumped by every change of dots or state, under the row's lock: orders the live totals.
    version     bigint  not null default 0,
    constraint workshop_round_number unique (workshop_id, number)
);
create index workshop_round_workshop on workshop_round (workshop_id);
create table workshop_round_item (
    round_id uuid         not null references workshop_round (id),
    position integer      not null,
    item_key varchar(60)  not null,
    label    varchar(280) not null,
    constraint workshop_round_item_pk primary key (round_id, item_key)
);
create table workshop_dot (
    round_id       uuid        not null references workshop_round (id),
    participant_id uuid        not null references workshop_participant (id),
    item_key       varchar(60) not null,
    dots           integer     not null,
    constraint workshop_dot_pk primary key (round_id, participant_id, item_key)
);

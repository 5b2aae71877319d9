-- Municipalities (tenants), accounts and proposals. Portable SQL: runs on H2 and PostgreSQL.

create table municipality (
    id                   varchar(40)   primary key,
    name                 varchar(120)  not null,
    centre_lat           double precision not null,
    centre_lon           double precision not null,
    default_zoom         integer       not null,
    population           integer       not null,
    population_year      integer       not null,
    population_source    varchar(500)  not null,
    boundary_approximate boolean       not null,
    boundary_source      varchar(500)  not null,
    boundary_geojson     varchar(1000000) not null,
    sort_order           integer       not null
);

create table district (
    id               varchar(80)  primary key,
    municipality_id  varchar(40)  not null references municipality (id),
    name             varchar(120) not null,
    population       integer      not null,
    geometry_geojson varchar(1000000) not null
);
create index district_municipality on district (municipality_id);

create table account (
    id              uuid         primary key,
    username        varchar(40)  not null,
    display_name    varchar(80)  not null,
    email           varchar(254) not null,
    municipality_id varchar(40)  references municipality (id),
    role            varchar(20)  not null,
    organisation    varchar(120),
    password_hash   varchar(200) not null,
    created_at      timestamp with time zone not null,
    blocked         boolean      not null,
    version         bigint       not null,
    constraint account_username_unique unique (username)
);

create table proposal (
    id               uuid          primary key,
    municipality_id  varchar(40)   not null references municipality (id),
    title            varchar(120)  not null,
    description      varchar(5000) not null,
    category         varchar(40)   not null,
    geometry_kind    varchar(20)   not null,
    geometry_geojson varchar(200000) not null,
    centroid_lat     double precision not null,
    centroid_lon     double precision not null,
    district_id      varchar(80)   references district (id),
    district_name    varchar(120),
    author_id        uuid          not null references account (id),
    author_name      varchar(80)   not null,
    organisation     varchar(120),
    state            varchar(20)   not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    submitted_at     timestamp with time zone,
    version          bigint        not null
);
-- The map asks for public proposals of one municipality inside a box.
create index proposal_viewport on proposal (municipality_id, centroid_lat, centroid_lon);
create index proposal_list on proposal (municipality_id, state, updated_at);
create index proposal_author on proposal (author_id);

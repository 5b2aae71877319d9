-- "Tell me about new proposals within N metres of a place I pick on the map."
create table area_watch (
    id               uuid primary key,
    account_id       uuid not null references account (id),
    municipality_id  varchar(40) not null references municipality (id),
    lat              double precision not null,
    lon              double precision not null,
    radius_m         integer not null,
    created_at       timestamp with time zone not null
);
create index area_watch_account on area_watch (account_id);
create index area_watch_place on area_watch (municipality_id, lat, lon);

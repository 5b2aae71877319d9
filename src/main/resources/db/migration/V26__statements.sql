-- A municipality's own privacy and accessibility statements, one text per language. A statement
-- without a row shows Samskap's template, filled with what Samskap knows, and says so.
create table municipality_statement (
    municipality_id varchar(40)    not null references municipality (id),
    kind            varchar(20)    not null,
    language        varchar(5)     not null,
    body            varchar(100000) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(200)   not null,
    version         bigint         not null,
    constraint municipality_statement_pk primary key (municipality_id, kind, language)
);

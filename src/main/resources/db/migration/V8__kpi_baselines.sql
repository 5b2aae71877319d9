-- Baseline values of U4SSC KPIs that officials enter for their municipality, with the source.
create table kpi_baseline (
    municipality_id varchar(40)  not null references municipality (id),
    code            varchar(40)  not null,
    value_text      varchar(80)  not null,
    value_year      integer      not null,
    source          varchar(300) not null,
    entered_by      varchar(80)  not null,
    entered_at      timestamp with time zone not null,
    constraint kpi_baseline_pk primary key (municipality_id, code)
);

-- A participatory budget may split its money among districts: a project in a district with a share
-- is paid from that share; every other project from what the shares leave of the total.
create table budget_district (
    process_id  uuid        not null references process (id),
    district_id varchar(80) not null references district (id),
    amount_nok  bigint      not null,
    constraint budget_district_pk primary key (process_id, district_id),
    constraint budget_district_amount check (amount_nok > 0)
);

-- A saved scenario can belong to a process, like its proposals and workshops.
alter table scenario add column process_id uuid references process (id);
create index scenario_process on scenario (process_id);

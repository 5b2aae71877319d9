-- Estimates depend on the factor catalogue, which changes as sources are corrected. A saved scenario
-- and a proposal's first estimate record the catalogue version and the figures it gave, so a page can
-- say when today's catalogue gives a different figure. Rows from before this migration have none.
alter table scenario add column catalogue_version varchar(32);
alter table scenario add column territorial_tonnes double precision;
alter table scenario add column indirect_tonnes double precision;

create table impact_estimate_record (
    proposal_id        uuid             not null primary key references proposal (id),
    catalogue_version  varchar(32)      not null,
    territorial_tonnes double precision not null,
    indirect_tonnes    double precision not null,
    computed_at        timestamp with time zone not null
);

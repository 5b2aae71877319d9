-- Tallies are kept as counts beside each proposal's version and adjusted by every vote change
-- under that row's lock, instead of recounting all votes of the proposal on every vote. A vote of
-- a blocked account stays stored but stops counting (counted = false) until the account is unblocked.
alter table vote add column counted boolean default true not null;

alter table vote_tally_version add column support_resident integer default 0 not null;
alter table vote_tally_version add column support_business integer default 0 not null;
alter table vote_tally_version add column support_official integer default 0 not null;
alter table vote_tally_version add column oppose_resident integer default 0 not null;
alter table vote_tally_version add column oppose_business integer default 0 not null;
alter table vote_tally_version add column oppose_official integer default 0 not null;

insert into vote_tally_version (proposal_id, version)
select distinct v.proposal_id, 1 from vote v
where not exists (select 1 from vote_tally_version t where t.proposal_id = v.proposal_id);

update vote_tally_version set
    support_resident = (select count(*) from vote v where v.proposal_id = vote_tally_version.proposal_id
                        and v.stance = 'SUPPORT' and v.stakeholder = 'RESIDENT'),
    support_business = (select count(*) from vote v where v.proposal_id = vote_tally_version.proposal_id
                        and v.stance = 'SUPPORT' and v.stakeholder = 'BUSINESS'),
    support_official = (select count(*) from vote v where v.proposal_id = vote_tally_version.proposal_id
                        and v.stance = 'SUPPORT' and v.stakeholder = 'OFFICIAL'),
    oppose_resident = (select count(*) from vote v where v.proposal_id = vote_tally_version.proposal_id
                       and v.stance = 'OPPOSE' and v.stakeholder = 'RESIDENT'),
    oppose_business = (select count(*) from vote v where v.proposal_id = vote_tally_version.proposal_id
                       and v.stance = 'OPPOSE' and v.stakeholder = 'BUSINESS'),
    oppose_official = (select count(*) from vote v where v.proposal_id = vote_tally_version.proposal_id
                       and v.stance = 'OPPOSE' and v.stakeholder = 'OFFICIAL');

-- Every change to a proposal's votes bumps its version while holding this row's lock, so
-- concurrent voters on one proposal are counted one after another and each tally says which
-- change it reflects. A view that receives an older tally after a newer one ignores it.
create table vote_tally_version (
    proposal_id uuid   not null primary key references proposal (id),
    version     bigint not null
);

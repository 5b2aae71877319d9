-- One vote per account and proposal: the primary key makes double counting impossible,
-- whatever happens in the application.
create table vote (
    proposal_id uuid        not null references proposal (id),
    account_id  uuid        not null references account (id),
    stance      varchar(10) not null,
    stakeholder varchar(20) not null,
    cast_at     timestamp with time zone not null,
    constraint vote_pk primary key (proposal_id, account_id)
);
create index vote_account on vote (account_id);

-- Threaded comments on proposals (replies up to three levels), with a stance.
create table comment (
    id           uuid         primary key,
    proposal_id  uuid         not null references proposal (id),
    parent_id    uuid         references comment (id),
    depth        integer      not null,
    author_id    uuid         not null references account (id),
    author_name  varchar(80)  not null,
    stance       varchar(10)  not null,
    body         varchar(2000) not null,
    created_at   timestamp with time zone not null,
    edited_at    timestamp with time zone,
    deleted      boolean      not null,
    hidden       boolean      not null,
    version      bigint       not null
);
create index comment_proposal on comment (proposal_id, created_at);

-- A vote in a single statement, checks included, so it needs no transaction of its own: whether the
-- account is blocked, whether the proposal exists for this voter (someone else's draft does not),
-- lies in the voter's municipality, is visible and in a state open for votes (the states come from
-- the application's settings) — and only then samskap_vote_change. A refusal changes nothing and
-- says why in o_refusal; the application turns it into the same messages as its own checks.
-- It reads the account and proposal tables of other modules, read-only: on the hottest write path
-- one round trip instead of four was worth that (docs/benchmarks.md, voting throughput).
create function samskap_vote_change_checked(
    p_proposal uuid, p_account uuid, p_stance varchar, p_stakeholder varchar, p_at timestamp with time zone,
    p_municipality varchar, p_open_states varchar[], p_private_states varchar[])
returns table (o_refusal varchar, o_municipality varchar, o_changed boolean, o_version bigint,
               o_support_resident integer, o_support_business integer, o_support_official integer,
               o_oppose_resident integer, o_oppose_business integer, o_oppose_official integer)
language plpgsql as $$
declare
    v_blocked      boolean;
    v_municipality varchar;
    v_state        varchar;
    v_hidden       boolean;
    v_author       uuid;
begin
    select a.blocked into v_blocked from account a where a.id = p_account;
    if not found or v_blocked then
        return query select 'BLOCKED'::varchar, null::varchar, false, 0::bigint, 0, 0, 0, 0, 0, 0;
        return;
    end if;
    select p.municipality_id, p.state, p.hidden, p.author_id
        into v_municipality, v_state, v_hidden, v_author
        from proposal p where p.id = p_proposal;
    if not found or (v_state = any(p_private_states) and v_author is distinct from p_account) then
        return query select 'NOT_FOUND'::varchar, null::varchar, false, 0::bigint, 0, 0, 0, 0, 0, 0;
        return;
    end if;
    if v_municipality is distinct from p_municipality then
        return query select 'OTHER_MUNICIPALITY'::varchar, v_municipality, false, 0::bigint, 0, 0, 0, 0, 0, 0;
        return;
    end if;
    if v_hidden or not (v_state = any(p_open_states)) then
        return query select 'CLOSED'::varchar, v_municipality, false, 0::bigint, 0, 0, 0, 0, 0, 0;
        return;
    end if;
    return query select null::varchar, v_municipality, c.o_changed, c.o_version,
                        c.o_support_resident, c.o_support_business, c.o_support_official,
                        c.o_oppose_resident, c.o_oppose_business, c.o_oppose_official
        from samskap_vote_change(p_proposal, p_account, p_stance, p_stakeholder, p_at) c;
end $$;

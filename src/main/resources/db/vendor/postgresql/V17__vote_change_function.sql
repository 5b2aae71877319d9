-- One vote change in one round trip: take the proposal's tally lock, read the account's vote, write
-- the change and adjust the counts, all inside the server. VoteStore's separate statements do the
-- same on H2, where a statement costs no round trip. A null p_stance withdraws the vote.
create function samskap_vote_change(
    p_proposal uuid, p_account uuid, p_stance varchar, p_stakeholder varchar, p_at timestamp with time zone)
returns table (o_changed boolean, o_version bigint,
               o_support_resident integer, o_support_business integer, o_support_official integer,
               o_oppose_resident integer, o_oppose_business integer, o_oppose_official integer)
language plpgsql as $$
declare
    v_stance      varchar;
    v_stakeholder varchar;
    v_counted     boolean;
    v_found       boolean;
    d             integer[] := array[0, 0, 0, 0, 0, 0];
    i             integer;
begin
    -- The tally row lock first, then the vote row: the order every change takes. A row lock, not a
    -- dummy update, so a refused or unchanged vote writes no new row version.
    perform 1 from vote_tally_version where proposal_id = p_proposal for update;
    if not found then
        -- A concurrent first vote fails here on the key; the caller retries.
        insert into vote_tally_version (proposal_id, version) values (p_proposal, 0);
    end if;
    select v.stance, v.stakeholder, v.counted into v_stance, v_stakeholder, v_counted
        from vote v where v.proposal_id = p_proposal and v.account_id = p_account;
    v_found := found;
    if (v_found and v_stance = p_stance) or (not v_found and p_stance is null) then
        return query select false, t.version, t.support_resident, t.support_business, t.support_official,
                            t.oppose_resident, t.oppose_business, t.oppose_official
            from vote_tally_version t where t.proposal_id = p_proposal;
        return;
    end if;
    if v_found and v_counted then
        i := (case v_stance when 'SUPPORT' then 0 else 3 end)
             + (case v_stakeholder when 'RESIDENT' then 1 when 'BUSINESS' then 2 else 3 end);
        d[i] := d[i] - 1;
    end if;
    if p_stance is null then
        delete from vote where proposal_id = p_proposal and account_id = p_account;
    elsif v_found then
        update vote set stance = p_stance, cast_at = p_at
            where proposal_id = p_proposal and account_id = p_account;
        if v_counted then
            i := (case p_stance when 'SUPPORT' then 0 else 3 end)
                 + (case v_stakeholder when 'RESIDENT' then 1 when 'BUSINESS' then 2 else 3 end);
            d[i] := d[i] + 1;
        end if;
    else
        -- A concurrent duplicate first vote of the account fails here on the key; the caller retries.
        insert into vote (proposal_id, account_id, stance, stakeholder, cast_at, counted)
            values (p_proposal, p_account, p_stance, p_stakeholder, p_at, true);
        i := (case p_stance when 'SUPPORT' then 0 else 3 end)
             + (case p_stakeholder when 'RESIDENT' then 1 when 'BUSINESS' then 2 else 3 end);
        d[i] := d[i] + 1;
    end if;
    return query update vote_tally_version t set version = t.version + 1,
            support_resident = t.support_resident + d[1], support_business = t.support_business + d[2],
            support_official = t.support_official + d[3], oppose_resident = t.oppose_resident + d[4],
            oppose_business = t.oppose_business + d[5], oppose_official = t.oppose_official + d[6]
        where t.proposal_id = p_proposal
        returning true, t.version, t.support_resident, t.support_business, t.support_official,
                  t.oppose_resident, t.oppose_business, t.oppose_official;
end $$;

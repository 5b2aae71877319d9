-- PostgreSQL gets a function that changes a vote in one round trip. H2 runs in the application's
-- own process, where VoteStore's separate statements cost no round trip, so it needs nothing here.
select 1;

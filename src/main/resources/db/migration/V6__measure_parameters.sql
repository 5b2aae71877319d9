-- The numeric inputs of the impact model, as a small JSON object such as {"kwp":10}.
alter table proposal add column parameters varchar(2000);

-- The proxy's tables of articles and lists are worked out from every article's row (its slug, time, state,
-- topics, bylines, section and corrections), the sections and the profiles: seconds at 100,000 articles, on a
-- publish whose one edited article changed none of that. Each row keeps a hash of what it was made from
-- (lib/store/site-files.ts), and a publish that finds the same hash keeps the tables as they are. They stay
-- right as time passes: a scheduled article is kept with its go-live time, which a server compares with the
-- minute it answers in.
alter table site_tables add column made_from text;

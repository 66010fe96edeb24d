-- What proxy.ts needs before any page renders, kept in the store instead of bundled into the proxy, so that
-- its function stays the same size whatever the archive's (and an imported site's redirects'): which articles
-- exist and when the scheduled ones go live ('article-slugs'), how many articles each list has ('list-pages'),
-- and the old addresses that redirect ('redirects'). Each publish writes them (lib/store/site-files.ts);
-- servers read them into memory and read a table again only when its hash changes (lib/store/site-tables.ts).
create table site_tables (
  name text primary key,
  value json not null,
  hash text not null,
  written_at timestamptz not null default now()
);

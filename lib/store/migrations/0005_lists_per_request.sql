-- Lists, archives, feeds and sitemaps are answered from the store when a page renders, one page at a time
-- (lib/store/read.ts), instead of from every article's index entry held in each server's memory. What they
-- group and order by is kept in columns of its own, written by each publish (lib/store/publish.ts); a publish
-- after this migration rewrites every row (the migrations are part of the rows' code version).
alter table articles
  -- The spelling an article gives each of its tags' slugs (tag_slugs), in the same order: a topic's name.
  add column tag_names text[] not null default '{}',
  -- The byline's URL slug (lib/urls.ts slugify), for author pages.
  add column author_slug text not null default '',
  -- When the article last changed for readers: its latest update or correction, else its date (sitemaps' lastmod).
  add column changed_at timestamptz,
  -- Whether it carries a correction, clarification or update (/corrections).
  add column corrected boolean not null default false;
update articles set changed_at = date where changed_at is null;
alter table articles alter column changed_at set not null;

-- Articles of one time are listed by slug, in the same order whatever the server's locale, and the same as
-- the files' index orders them (code points: lib/content/snapshot.ts).
alter table articles alter column slug type text collate "C";

create index articles_author on articles (author_slug, date desc);
create index articles_corrected on articles (date desc) where corrected;

-- Staged rows are made again like articles' (any left by an interrupted publish were made by the code before
-- this migration, which a publish would not keep).
drop table staged_articles;
create table staged_articles (like articles including defaults);
alter table staged_articles add primary key (slug);

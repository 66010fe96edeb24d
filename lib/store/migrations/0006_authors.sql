-- An article has one or more authors, each a profile in content/authors (lib/content/bylines.ts), and role
-- credits ("Photos by"): author pages list every article whose byline or credits name them. `author` stays the
-- byline as readers read it ("Dana Whitfield and Marcus Oyelaran"), which search weighs; `author_slugs` holds
-- the ids of everyone credited, which author pages and their counts read through a GIN index. A publish after
-- this migration rewrites every row (the migrations are part of the rows' code version).
alter table articles add column author_slugs text[] not null default '{}';
update articles set author_slugs = array[author_slug] where author_slug <> '';
drop index articles_author;
alter table articles drop column author_slug;
create index articles_authors on articles using gin (author_slugs);

-- Staged rows are made again like articles' (as 0005 did).
drop table staged_articles;
create table staged_articles (like articles including defaults);
alter table staged_articles add primary key (slug);

-- Champion lists (lib/store/related-reach.ts): for each term more articles use than a list looks at, the
-- articles with the highest bound on their weight for it and the highest bound of the rest, made by a publish that
-- ranks every list, so that a later one reads those instead of every article that uses the term (at 100,000
-- synthetic articles the lists of one edited story reached 72,000 rows through such terms). With them: each term's
-- frequency and the archive's size when they were made (what bounds how far weights moved since), and the rows
-- written since, which are read as they are.
create table related_champions (
  term text collate "C" primary key,
  slugs text[] not null,
  -- null: an article left out has no bound (its vector had no weight then), and the term is read whole.
  floor double precision
);
alter table related_frequencies add column at_epoch integer not null default 0;
create table related_epoch (documents integer not null);
create table related_recent (slug text primary key);

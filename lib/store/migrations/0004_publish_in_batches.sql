-- A publish follows the change (lib/store/pipeline.ts): it compiles only the articles whose source changed
-- since the last publish, and a cold publish of a large archive goes in batches that an interrupted build
-- resumes. Each row records what it was made from: the article file's text (its hash) and the code that
-- turns a file into a row (lib/store/pipeline.ts storeVersion).
alter table articles
  add column source_hash text,
  add column store_version text,
  -- Slugs the body links with <Related>, and the pictures it shows (lead and body): what a publish of another
  -- article, or the pictures step, needs of this one without reading its body.
  add column inline_related text[] not null default '{}',
  add column pictures text[] not null default '{}';

-- And each publish, the versions of that code and of the related ranking's (lib/store/pipeline.ts).
alter table publishes add column store_version text, add column rank_version text;

-- Articles compiled by a publish that is not finished: a publish to a schema that readers already see writes
-- its batches here, then moves them into articles in one transaction, so the site never shows half a publish.
-- (The first publish to a schema writes straight to articles: nothing is live there yet.)
create table staged_articles (like articles including defaults);
alter table staged_articles add primary key (slug);

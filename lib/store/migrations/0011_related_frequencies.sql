-- What lets a publish rank a few related lists without reading every article (lib/store/related-reach.ts).
-- A term's weight depends on how many articles use it: related_frequencies keeps that count for every term of
-- the articles table (their related_terms), rewritten by a publish that ranks every list and changed by the
-- others by what they add and remove, in the same transaction as the rows.
create table related_frequencies (
  term text collate "C" primary key,
  articles integer not null
);
-- The articles that use a term, by the terms of related_terms (each `term:weight`): the articles a list can
-- reach through its article's strongest terms, looked up without reading the others.
create index articles_related_terms on articles
  using gin ((string_to_array(regexp_replace(related_terms, ':[^ ]*', '', 'g'), ' ')));

-- What reads every row without its text: the lists' counts (lib/store/read.ts readListCounts, a server's
-- first request after a publish and every build) and the content check's view of the archive
-- (lib/store/check-scope.ts) read these columns of every article. From this index (about 300 bytes an article)
-- rather than the rows (about 4 KB each at 100,000 synthetic articles), they are index-only scans.
create index articles_lists on articles (date)
  include (slug, draft, changed_at, category, tags, tag_slugs, tag_names, author_slugs, corrected);
-- The articles that pin one of a publish's changed articles, or link it inline: what the check reads of them.
create index articles_pinned on articles using gin ((meta->'related'));
create index articles_inline_related on articles using gin (inline_related);

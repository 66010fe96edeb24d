-- Every list's count as a publish leaves it (lib/store/list-counts.ts): the tags page, the header's
-- sections, the archive's index and the sitemap of lists read them on a server's first request after a publish
-- and on every build process, and counting them is four aggregates over every row (seconds at 100,000 articles
-- when a build's processes run them at once). A publish counts them once, right after its transaction, for each rule
-- of who sees what (`published`: production's; `all`: a preview's, drafts and scheduled articles too), at the
-- time it ran (`as_of`); they hold for that publish (`publish`) until an article goes live after that time.
create table list_counts (
  rule text primary key,
  publish bigint not null,
  as_of timestamptz not null,
  value json not null
);

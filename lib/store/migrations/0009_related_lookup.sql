-- Which articles' related lists name a given article: a publish ranks those lists again when that article
-- changes or goes (lib/store/pipeline.ts listing). Without an index that read every row's related list,
-- 100,000 of them for a one-article deploy; jsonb_path_ops answers `related @> '[{"slug": …}]'` from the index.
create index articles_related on articles using gin (related jsonb_path_ops);

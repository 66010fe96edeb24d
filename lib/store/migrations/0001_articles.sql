-- The published archive: one row per article the content build produced for
-- this environment's schema (lib/store/schema.ts picks it), written in one
-- transaction per publish (lib/store/publish.ts). Git stays the source of truth.
create table articles (
  slug text primary key,
  -- The go-live time: visibility is decided when a page renders, as with files.
  date timestamptz not null,
  draft boolean not null,
  title text not null,
  summary text not null,
  category text not null,
  author text not null,
  tags text[] not null,
  -- The tags' URL slugs (lib/urls.ts slugify), for tag pages.
  tag_slugs text[] not null,
  -- Every field the files backend's index has (lib/content/posts.ts Post), as Contentlayer typed it.
  meta jsonb not null,
  -- The body: its MDX source and the code compiled from it (components/mdx-content.tsx runs it).
  raw text not null,
  code text not null,
  -- Readers' words, for search (the tsvector below) and excerpts.
  plain_text text not null,
  related jsonb not null,
  history jsonb,
  -- What the row was written from: a publish skips an article whose hash has not changed.
  content_hash text not null,
  written_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', summary), 'B') ||
    setweight(to_tsvector('english', plain_text), 'C')
  ) stored
);

create index articles_newest on articles (date desc, slug);
create index articles_tags on articles using gin (tag_slugs);
create index articles_category on articles (category, date desc);
create index articles_search on articles using gin (search);

-- Each publish: the commit it was built from, so the next deploy knows what changed since.
create table publishes (
  id bigserial primary key,
  git_commit text,
  published_at timestamptz not null default now(),
  written integer not null,
  removed integer not null,
  unchanged integer not null
);

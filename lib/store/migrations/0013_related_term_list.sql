-- The terms a related list is looked up by (migration 0011), behind a function that says what it costs. Spelled
-- out inline, the planner took `string_to_array(regexp_replace(…))` for a cheap expression, and when a list's
-- strongest terms are common words (half the archive) it read every row and worked out each one's terms
-- instead of asking the index which rows hold them: 9 s against 0.1 s at 100,000 synthetic articles (about
-- 90 µs a row). Declared at cost 1000 (operator units), it is looked up in the index whenever the index can
-- answer. A function with a `set` clause is never inlined, so its cost stands; the index is made again on it.
create function related_term_list(terms text) returns text[]
  language sql immutable strict parallel safe cost 1000
  set search_path = pg_catalog
  return string_to_array(regexp_replace(terms, ':[^ ]*', '', 'g'), ' ');

drop index articles_related_terms;
create index articles_related_terms on articles using gin (related_term_list(related_terms));

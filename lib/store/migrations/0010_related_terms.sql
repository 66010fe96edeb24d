-- What the related ranking counts of each article (lib/related/vectors.ts relatedTerms: its terms and their
-- weights) and the version of the ranking's code that counted them, written with the row. A publish that ranks
-- a few lists reads these lines instead of every article's lede, which it stemmed again on every deploy (20 s
-- of a one-article deploy at 100,000 articles); a row whose terms another version counted is read from its
-- lede and its terms written anew (lib/store/pipeline.ts).
alter table articles add column related_terms text, add column related_terms_version text;
alter table staged_articles add column related_terms text, add column related_terms_version text;

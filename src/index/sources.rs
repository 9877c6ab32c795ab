//! The files an index holds, read from an index of any schema version: what
//! an upgraded gavel needs to rebuild an index it can no longer use.
//!
//! The index is opened with tantivy alone, with the schema the index itself
//! records, so neither `schema::build` nor the version file is consulted;
//! only the fields `kind` and `source`, which every schema so far has had,
//! must be there.

use super::grams;
use std::path::Path;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Index, ReloadPolicy, TantivyDocument, Term};

/// The stored `source` of every hearing document in the index in `dir`,
/// sorted, each once.
pub fn indexed_sources(dir: &Path) -> tantivy::Result<Vec<String>> {
    let index = Index::open_in_dir(dir)?;
    // Nothing is tokenized here, but an index whose text field names this
    // analyzer should find it registered, as in `Library::open`.
    index.tokenizers().register(grams::SPEECH_TOKENIZER, grams::speech());
    let schema = index.schema();
    let kind = schema.get_field("kind")?;
    let source = schema.get_field("source")?;
    // Manual: the default policy starts a thread watching for commits.
    let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
    let searcher = reader.searcher();
    let hearings = TermQuery::new(Term::from_field_text(kind, "hearing"), IndexRecordOption::Basic);
    let mut sources = std::collections::BTreeSet::new();
    for addr in searcher.search(&hearings, &DocSetCollector)? {
        let doc: TantivyDocument = searcher.doc(addr)?;
        if let Some(s) = doc.get_first(source).and_then(|v| v.as_str()) {
            sources.insert(s.to_owned());
        }
    }
    Ok(sources.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_without_the_fields_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = tantivy::schema::Schema::builder();
        b.add_text_field("body", tantivy::schema::TEXT);
        Index::create_in_dir(dir.path(), b.build()).unwrap();
        assert!(indexed_sources(dir.path()).is_err());
        let empty = tempfile::tempdir().unwrap();
        assert!(indexed_sources(empty.path()).is_err());
    }
}

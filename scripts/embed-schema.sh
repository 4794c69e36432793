#!/bin/sh
# Regenerates Sources/CitationGraph/SchemaSQL.swift from schema.sql (the binary embeds the file
# byte for byte; CitationGraphTests fails when the two differ).
set -eu
cd "$(dirname "$0")/.."
out=Sources/CitationGraph/SchemaSQL.swift
if grep -q '"""#' schema.sql; then echo 'schema.sql must not contain """#' >&2; exit 1; fi
{
  echo '// Generated from schema.sql by scripts/embed-schema.sh: do not edit (a test checks they match).'
  echo 'extension Schema {'
  echo '    /// The text of schema.sql, byte for byte.'
  echo '    static let sql = #"""'
  cat schema.sql
  echo ''
  echo '"""#'
  echo '}'
} > "$out"
echo "wrote $out"

"""Words planparse recognises, one table per kind: adding a label or a heading is one line.

Every table is written in simplified script; text is matched through `text.fold`, which maps
traditional characters and full-width forms onto these before any pattern sees them.

One module per kind of word: `labels` (labels, table columns, verbs that assign), `headings`
(parts and the closing), `kinds` (what tells documents apart), `times` (holidays, anniversaries),
`units` (organisations and people), `script` (traditional characters, list numerals) and
`output` (the words planparse writes).
"""

"""The compare tool: parameters, benchmark scoring, tables, charts, exports and import.

Pure logic lives in `params`, `scoring` and `charts`; `service` reads the
database through `content.data.selectors` and assembles a `Comparison`.
"""

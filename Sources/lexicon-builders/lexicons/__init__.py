"""lede's lexicon builders: one module per resource family (see ../build.py)."""

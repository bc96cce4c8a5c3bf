"""The review stage: extractions (and the text their spans point into) → one self-contained HTML page.

``page.render_page`` shows one notice with every record highlighted at its span beside the task
list; ``compare.render_compare`` shows two revisions side by side with the diff's changes marked;
``unit_page.render_unit_page`` shows one unit's tasks across the notices of a store. Every page is
a single file: CSS, JavaScript and data inlined, nothing fetched.
"""

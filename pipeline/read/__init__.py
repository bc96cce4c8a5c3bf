"""The read stage: bytes of a notice (text, HTML, DOCX) → its text as lines, with the format's metadata."""
